package io.github.elasticstarter.autoconfigure.scan;

import co.elastic.clients.elasticsearch.ElasticsearchAsyncClient;
import io.github.elasticstarter.autoconfigure.ElasticAutoConfiguration;
import io.github.elasticstarter.autoconfigure.ElasticClientAssembly;
import io.github.elasticstarter.scan.ElasticScan;
import io.github.elasticstarter.scan.ElasticScanLifecycle;
import io.github.elasticstarter.scan.MicrometerScanMeters;
import io.github.elasticstarter.scan.ScanMeters;
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
 * Auto-configuration of {@link ElasticScan}, the scans on the starter's client, from the
 * {@code elastic.scan.*} properties, with Micrometer metrics when the application has a
 * {@link MeterRegistry}.
 */
@AutoConfiguration(after = ElasticAutoConfiguration.class,
		afterName = "org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration")
@ConditionalOnBean(ElasticsearchAsyncClient.class)
@EnableConfigurationProperties(ElasticScanProperties.class)
@Import(ElasticScanAutoConfiguration.MetricsConfiguration.class)
public final class ElasticScanAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	ElasticScan elasticScan(ElasticsearchAsyncClient client, ElasticScanProperties properties,
			ObjectProvider<ScanMeters.Factory> meters) {
		return new ElasticScan(client, ElasticScans.options(properties), meters.getIfUnique(() -> ScanMeters.Factory.NONE));
	}

	@Bean
	@ConditionalOnMissingBean
	ElasticScanLifecycle elasticScanLifecycle(ElasticScan elasticScan) {
		return new ElasticScanLifecycle(elasticScan);
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(MeterRegistry.class)
	@ConditionalOnBean(MeterRegistry.class)
	static class MetricsConfiguration {

		@Bean
		@ConditionalOnMissingBean
		ScanMeters.Factory elasticScanMeters(MeterRegistry registry) {
			return MicrometerScanMeters.factory(registry, ElasticClientAssembly.DEFAULT_NAME);
		}

	}

}
