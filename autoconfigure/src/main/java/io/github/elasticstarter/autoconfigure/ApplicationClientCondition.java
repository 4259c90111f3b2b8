package io.github.elasticstarter.autoconfigure;

import java.util.List;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.transport.ElasticsearchTransport;
import co.elastic.clients.transport.rest5_client.low_level.Rest5Client;

import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.ConfigurationCondition;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.Assert;
import org.springframework.util.ClassUtils;
import org.springframework.util.StringUtils;

/**
 * Matches when the starter should build the connection itself: the application declares no
 * {@link Rest5Client} of its own, and no {@link ElasticsearchTransport} or
 * {@link ElasticsearchClient} of its own unless it also configures a connection (an
 * {@code elastic.cloud-id}, {@code elastic.hosts} or a connection details bean), in
 * which case its transport or client may well be built on the starter's connection pool. An
 * application that brings its own client thus needs no {@code elastic.*} connection property.
 * With named clients ({@code elastic.clients.*}) and no connection of its own, there is no
 * un-named client.
 */
class ApplicationClientCondition extends SpringBootCondition implements ConfigurationCondition {

	private static final String SPRING_BOOT_CONNECTION_DETAILS = "org.springframework.boot.elasticsearch.autoconfigure."
			+ "ElasticsearchConnectionDetails";

	@Override
	public ConfigurationPhase getConfigurationPhase() {
		return ConfigurationPhase.REGISTER_BEAN;
	}

	@Override
	public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
		ConfigurableListableBeanFactory beanFactory = context.getBeanFactory();
		Assert.state(beanFactory != null, "No bean factory");
		if (has(beanFactory, Rest5Client.class)) {
			return ConditionOutcome.noMatch("the application declares its own Rest5Client");
		}
		for (Class<?> type : List.of(ElasticsearchTransport.class, ElasticsearchClient.class)) {
			if (has(beanFactory, type) && !connectionConfigured(context, beanFactory)) {
				return ConditionOutcome.noMatch(
						"the application declares its own " + type.getSimpleName() + " and configures no connection");
			}
		}
		if (!ElasticClientAssembly.namedClients(Binder.get(context.getEnvironment())).isEmpty()
				&& !connectionConfigured(context, beanFactory)) {
			return ConditionOutcome.noMatch("only named clients ('elastic.clients.*') are configured");
		}
		return ConditionOutcome.match("the application declares no client of its own");
	}

	private static boolean hasSpringBootConnectionDetails(ConditionContext context,
			ConfigurableListableBeanFactory beanFactory) {
		return ClassUtils.isPresent(SPRING_BOOT_CONNECTION_DETAILS, context.getClassLoader())
				&& has(beanFactory, ClassUtils.resolveClassName(SPRING_BOOT_CONNECTION_DETAILS, context.getClassLoader()));
	}

	private static boolean has(ConfigurableListableBeanFactory beanFactory, Class<?> type) {
		return beanFactory.getBeanNamesForType(type, true, false).length > 0;
	}

	private static boolean connectionConfigured(ConditionContext context, ConfigurableListableBeanFactory beanFactory) {
		Binder binder = Binder.get(context.getEnvironment());
		return has(beanFactory, ElasticConnectionDetails.class) || hasSpringBootConnectionDetails(context, beanFactory)
				|| binder.bind("elastic.cloud-id", String.class).map(StringUtils::hasText).orElse(false)
				|| !binder.bind("elastic.hosts", Bindable.listOf(String.class)).orElse(List.of()).isEmpty();
	}

}
