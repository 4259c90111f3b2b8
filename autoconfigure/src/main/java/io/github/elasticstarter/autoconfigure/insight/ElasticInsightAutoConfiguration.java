package io.github.elasticstarter.autoconfigure.insight;

import java.util.List;

import co.elastic.clients.transport.rest5_client.low_level.Rest5Client;
import io.github.elasticstarter.autoconfigure.ElasticAutoConfiguration;
import io.github.elasticstarter.insight.ClientInsight;
import io.github.elasticstarter.insight.ElasticEndpoint;
import io.github.elasticstarter.insight.PoolMeters;
import io.github.elasticstarter.insight.StartupCheck;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.autoconfigure.endpoint.condition.ConditionalOnAvailableEndpoint;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * Insight into each client: the {@code elastic} actuator endpoint, the pool gauges and the
 * {@code elastic.startup-check}, over one {@link ClientInsight} per client, built with the
 * client.
 */
@AutoConfiguration(after = ElasticAutoConfiguration.class,
		afterName = { "io.github.elasticstarter.autoconfigure.clients.ElasticClientsAutoConfiguration",
				"org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration" })
@ConditionalOnBean(Rest5Client.class)
@Import({ ElasticInsightAutoConfiguration.EndpointConfiguration.class,
		ElasticInsightAutoConfiguration.MetricsConfiguration.class })
public final class ElasticInsightAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	StartupCheck elasticStartupCheck(ObjectProvider<ClientInsight> clients) {
		return new StartupCheck(clients.orderedStream().toList());
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass({ Endpoint.class, ConditionalOnAvailableEndpoint.class })
	static class EndpointConfiguration {

		@Bean
		@ConditionalOnMissingBean
		@ConditionalOnAvailableEndpoint
		ElasticEndpoint elasticEndpoint(ObjectProvider<ClientInsight> clients) {
			return new ElasticEndpoint(clients.orderedStream().toList());
		}

	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(MeterRegistry.class)
	@ConditionalOnBean(MeterRegistry.class)
	static class MetricsConfiguration {

		@Bean
		@ConditionalOnMissingBean(name = "elasticPoolMeters")
		PoolMeters elasticPoolMeters(ObjectProvider<ClientInsight> clients) {
			return new PoolMeters(clients.orderedStream().toList());
		}

	}

}
