package io.github.elasticstarter.autoconfigure.bulk;

import co.elastic.clients.elasticsearch.ElasticsearchAsyncClient;
import io.github.elasticstarter.autoconfigure.ElasticAutoConfiguration;
import io.github.elasticstarter.autoconfigure.ElasticClientAssembly;
import io.github.elasticstarter.bulk.ElasticBulk;
import io.github.elasticstarter.bulk.ElasticBulkLifecycle;
import io.github.elasticstarter.bulk.LoadMeters;
import io.github.elasticstarter.bulk.MicrometerLoadMeters;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * Auto-configuration of {@link ElasticBulk}, the bulk loads on the starter's client, from the
 * {@code elastic.bulk.*} properties, with Micrometer metrics when the application has a
 * {@link MeterRegistry}.
 */
@AutoConfiguration(after = ElasticAutoConfiguration.class,
		afterName = "org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration")
@ConditionalOnBean(ElasticsearchAsyncClient.class)
@EnableConfigurationProperties(ElasticBulkProperties.class)
@Import(ElasticBulkAutoConfiguration.MetricsConfiguration.class)
public final class ElasticBulkAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	ElasticBulk elasticBulk(ElasticsearchAsyncClient client, ElasticBulkProperties properties,
			ObjectProvider<LoadMeters.Factory> meters) {
		return new ElasticBulk(client, ElasticBulks.options(properties), meters.getIfUnique(() -> LoadMeters.Factory.NONE));
	}

	@Bean
	@ConditionalOnMissingBean
	ElasticBulkLifecycle elasticBulkLifecycle(ElasticBulk elasticBulk) {
		return new ElasticBulkLifecycle(elasticBulk);
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(MeterRegistry.class)
	@ConditionalOnBean(MeterRegistry.class)
	static class MetricsConfiguration {

		@Bean
		@ConditionalOnMissingBean
		LoadMeters.Factory elasticBulkMeters(MeterRegistry registry) {
			return MicrometerLoadMeters.factory(registry, ElasticClientAssembly.DEFAULT_NAME);
		}

	}

}
