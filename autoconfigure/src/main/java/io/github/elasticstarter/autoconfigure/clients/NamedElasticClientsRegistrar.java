package io.github.elasticstarter.autoconfigure.clients;

import java.util.List;
import java.util.Set;

import co.elastic.clients.elasticsearch.ElasticsearchAsyncClient;
import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.transport.rest5_client.Rest5ClientTransport;
import co.elastic.clients.transport.rest5_client.low_level.Rest5Client;
import io.github.elasticstarter.autoconfigure.ElasticClientAssembly;
import io.github.elasticstarter.autoconfigure.InvalidElasticConfigurationException;
import io.github.elasticstarter.autoconfigure.bulk.ElasticBulks;
import io.github.elasticstarter.autoconfigure.scan.ElasticScans;
import io.github.elasticstarter.bulk.ElasticBulk;
import io.github.elasticstarter.client.ManagedElasticClient;
import io.github.elasticstarter.insight.ClientInsight;
import io.github.elasticstarter.scan.ElasticScan;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.RuntimeBeanReference;
import org.springframework.beans.factory.support.AutowireCandidateQualifier;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.context.SmartLifecycle;
import org.springframework.core.type.AnnotationMetadata;

/**
 * Registers the beans of each {@code elastic.clients.<name>} when the bean definitions are
 * loaded: the managed client (pool and life cycle), {@link Rest5Client}, transport, synchronous and
 * asynchronous clients, {@link ElasticBulk}, {@link ElasticScan} and its {@link ClientInsight}, each qualified with
 * the client's name. The
 * definitions name factory methods and carry only the name, so that AOT processing and lazy
 * initialization work on them as on any other bean.
 */
class NamedElasticClientsRegistrar extends NamedClientsRegistrar {

	private static final List<ClientBean> CLIENT_BEANS = List.of(
			new ClientBean("elasticRestClient", "restClient", Rest5Client.class),
			new ClientBean("elasticTransport", "transport", Rest5ClientTransport.class),
			new ClientBean("elasticsearchClient", "client", ElasticsearchClient.class),
			new ClientBean("elasticsearchAsyncClient", "asyncClient", ElasticsearchAsyncClient.class),
			new ClientBean("elasticClientInsight", "insight", ClientInsight.class));

	/**
	 * The un-named client's beans, made primary when named clients are there too.
	 */
	private static final List<String> DEFAULT_CLIENT_BEANS = List.of("elasticRestClient", "elasticTransport",
			"elasticsearchClient", "elasticsearchAsyncClient", "elasticBulk", "elasticScan");

	@Override
	public void registerBeanDefinitions(AnnotationMetadata metadata, BeanDefinitionRegistry registry) {
		Set<String> names = names();
		if (names.isEmpty()) {
			return;
		}
		boolean defaultClient = registry.containsBeanDefinition("elasticRestClient");
		String primary = primary(names, defaultClient);
		if (defaultClient) {
			DEFAULT_CLIENT_BEANS.stream()
				.filter(registry::containsBeanDefinition)
				.forEach((bean) -> registry.getBeanDefinition(bean).setPrimary(true));
		}
		for (String name : names) {
			register(registry, name, name.equals(primary));
		}
	}

	private @Nullable String primary(Set<String> names, boolean defaultClient) {
		String primary = null;
		for (String name : names) {
			ClientNames.check(name);
			String property = ElasticClientAssembly.NAMED_CLIENTS_PREFIX + "." + name + ".primary";
			if (!environment().getProperty(property, Boolean.class, false)) {
				continue;
			}
			if (defaultClient) {
				throw new InvalidElasticConfigurationException(property,
						"the un-named client ('elastic.cloud-id' or 'elastic.hosts') is configured, and it is the "
								+ "primary one.",
						"Remove '" + property + "', and inject the named client with @Qualifier(\"" + name + "\").");
			}
			if (primary != null) {
				throw new InvalidElasticConfigurationException(property,
						"both '" + primary + "' and '" + name + "' are marked primary, and only one client can be.",
						"Set 'primary: true' on one named client only.");
			}
			primary = name;
		}
		return primary;
	}

	private void register(BeanDefinitionRegistry registry, String name, boolean primary) {
		String client = ClientNames.bean("elasticManagedClient", name);
		RootBeanDefinition clientDefinition = factoryMethod(NamedElasticClients.class, "client",
				ManagedElasticClient.class, name);
		registry.registerBeanDefinition(client, qualified(clientDefinition, name, false));
		for (ClientBean bean : CLIENT_BEANS) {
			registry.registerBeanDefinition(ClientNames.bean(bean.kind(), name),
					qualified(fromClient(client, bean.method(), bean.type()), name, primary));
		}
		String bulk = ClientNames.bean("elasticBulk", name);
		registry.registerBeanDefinition(bulk, qualified(
				factoryMethod(NamedElasticClients.class, "bulk", ElasticBulk.class, name, new RuntimeBeanReference(client)),
				name, primary));
		registry.registerBeanDefinition(ClientNames.bean("elasticBulkLifecycle", name), factoryMethod(
				ElasticBulks.class, "lifecycle", SmartLifecycle.class, new RuntimeBeanReference(bulk)));
		String scan = ClientNames.bean("elasticScan", name);
		registry.registerBeanDefinition(scan, qualified(
				factoryMethod(NamedElasticClients.class, "scan", ElasticScan.class, name, new RuntimeBeanReference(client)),
				name, primary));
		registry.registerBeanDefinition(ClientNames.bean("elasticScanLifecycle", name), factoryMethod(
				ElasticScans.class, "lifecycle", SmartLifecycle.class, new RuntimeBeanReference(scan)));
	}

	/**
	 * A bean taken from the managed client, which owns the pool: closing it is its job.
	 */
	private static RootBeanDefinition fromClient(String client, String method, Class<?> type) {
		RootBeanDefinition definition = new RootBeanDefinition();
		definition.setFactoryBeanName(client);
		definition.setFactoryMethodName(method);
		definition.setTargetType(type);
		definition.setDestroyMethodName("");
		return definition;
	}

	private static BeanDefinition qualified(RootBeanDefinition definition, String name, boolean primary) {
		definition.addQualifier(new AutowireCandidateQualifier(Qualifier.class, name));
		definition.setPrimary(primary);
		return definition;
	}

	/**
	 * A bean of a client, taken from the managed client with the given method.
	 */
	private record ClientBean(String kind, String method, Class<?> type) {
	}

}
