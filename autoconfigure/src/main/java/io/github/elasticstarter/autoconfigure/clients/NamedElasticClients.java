package io.github.elasticstarter.autoconfigure.clients;

import java.util.function.Supplier;

import co.elastic.clients.json.JsonpMapper;
import co.elastic.clients.transport.instrumentation.Instrumentation;
import io.github.elasticstarter.autoconfigure.ElasticClientAssembly;
import io.github.elasticstarter.autoconfigure.ElasticConnectionDetails;
import io.github.elasticstarter.autoconfigure.ElasticProperties;
import io.github.elasticstarter.autoconfigure.InvalidElasticConfigurationException;
import io.github.elasticstarter.autoconfigure.bulk.ElasticBulks;
import io.github.elasticstarter.autoconfigure.scan.ElasticScans;
import io.github.elasticstarter.bulk.ElasticBulk;
import io.github.elasticstarter.client.ManagedElasticClient;
import io.github.elasticstarter.http.ElasticClientBuilderCustomizer;
import io.github.elasticstarter.scan.ElasticScan;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.ssl.SslBundles;
import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

/**
 * Builds the beans of a named client at run time; the bean definitions that call these factory
 * methods carry only the client's name, so that AOT processing can write them down.
 */
public final class NamedElasticClients {

	private NamedElasticClients() {
	}

	static NamedElasticClientProperties bind(Environment environment, String name) {
		return Binder.get(environment)
			.bindOrCreate(ElasticClientAssembly.NAMED_CLIENTS_PREFIX + "." + name, NamedElasticClientProperties.class);
	}

	/**
	 * Build the named client.
	 * @param name its name
	 * @param environment the environment to bind its properties from
	 * @param beanFactory where the shared beans are
	 * @return the client, which owns its connection pool
	 */
	public static ManagedElasticClient client(String name, Environment environment, ListableBeanFactory beanFactory) {
		NamedElasticClientProperties properties = bind(environment, name);
		Supplier<ElasticProperties> rebind = () -> bind(environment, name);
		ElasticClientAssembly.Shared shared = new ElasticClientAssembly.Shared(
				beanFactory.getBeanProvider(JsonpMapper.class).getObject(),
				beanFactory.getBeanProvider(SslBundles.class).getIfAvailable(),
				beanFactory.getBeanProvider(Instrumentation.class).getIfUnique(),
				beanFactory.getBeanProvider(ElasticClientBuilderCustomizer.class).orderedStream().toList(),
				environment);
		return ElasticClientAssembly.assemble(name, properties, rebind, developmentConnection(name, properties, beanFactory),
				shared);
	}

	/**
	 * Build the bulk loads of the named client.
	 * @param name its name
	 * @param client the client
	 * @param environment the environment to bind its properties from
	 * @param beanFactory where a {@code MeterRegistry} may be
	 * @return its bulk loads
	 */
	public static ElasticBulk bulk(String name, ManagedElasticClient client, Environment environment,
			ListableBeanFactory beanFactory) {
		return underClientPrefix(name,
				() -> ElasticBulks.create(name, client.asyncClient(), bind(environment, name).getBulk(), beanFactory));
	}

	/**
	 * Build the scans of the named client.
	 * @param name its name
	 * @param client the client
	 * @param environment the environment to bind its properties from
	 * @param beanFactory where a {@code MeterRegistry} may be
	 * @return its scans
	 */
	public static ElasticScan scan(String name, ManagedElasticClient client, Environment environment,
			ListableBeanFactory beanFactory) {
		return underClientPrefix(name,
				() -> ElasticScans.create(name, client.asyncClient(), bind(environment, name).getScan(), beanFactory));
	}

	/**
	 * Build a bean of the named client from its properties, a failure naming them under its prefix.
	 */
	private static <T> T underClientPrefix(String name, Supplier<T> create) {
		try {
			return create.get();
		}
		catch (InvalidElasticConfigurationException ex) {
			throw ex.underPrefix(ElasticClientAssembly.NAMED_CLIENTS_PREFIX + "." + name);
		}
	}

	private static @Nullable ElasticConnectionDetails developmentConnection(String name,
			NamedElasticClientProperties properties, ListableBeanFactory beanFactory) {
		if (configuresConnection(properties)) {
			return null;
		}
		ElasticDevelopmentConnection development = beanFactory.getBeanProvider(ElasticDevelopmentConnection.class)
			.getIfUnique();
		return (development != null) ? development.connectionDetails(name) : null;
	}

	/**
	 * Whether the properties say where or as whom to connect; a client that says neither may
	 * use a development connection.
	 * @param properties the properties of a client
	 * @return whether they configure a connection
	 */
	public static boolean configuresConnection(ElasticProperties properties) {
		return StringUtils.hasText(properties.getCloudId()) || !properties.getHosts().isEmpty()
				|| StringUtils.hasText(properties.getUsername()) || StringUtils.hasText(properties.getPassword())
				|| StringUtils.hasText(properties.getApiKey()) || StringUtils.hasText(properties.getBearerToken());
	}

}
