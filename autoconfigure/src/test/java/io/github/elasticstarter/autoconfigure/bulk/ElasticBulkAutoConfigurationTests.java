package io.github.elasticstarter.autoconfigure.bulk;

import java.time.Duration;

import co.elastic.clients.elasticsearch.ElasticsearchAsyncClient;
import io.github.elasticstarter.autoconfigure.ElasticAutoConfiguration;
import io.github.elasticstarter.autoconfigure.InvalidElasticConfigurationException;
import io.github.elasticstarter.bulk.BulkOptions;
import io.github.elasticstarter.bulk.ElasticBulk;
import io.github.elasticstarter.bulk.ElasticBulkLifecycle;
import io.github.elasticstarter.bulk.LoadMeters;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mockito.Mockito;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.export.simple.SimpleMetricsExportAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The beans and properties of the bulk auto-configuration.
 */
class ElasticBulkAutoConfigurationTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(JacksonAutoConfiguration.class, ElasticAutoConfiguration.class,
				ElasticBulkAutoConfiguration.class))
		.withPropertyValues("elastic.hosts=http://127.0.0.1:9200");

	@Test
	void thePropertiesDefaultsAreTheOptionsDefaults() {
		// the configuration metadata needs literal defaults in the properties: this keeps both in step
		assertThat(ElasticBulks.options(new ElasticBulkProperties())).usingRecursiveComparison()
			.isEqualTo(new BulkOptions());
	}

	@Test
	void elasticBulkIsAutoConfiguredWithTheClient() {
		this.runner.run((context) -> assertThat(context).hasSingleBean(ElasticBulk.class)
			.hasSingleBean(ElasticBulkLifecycle.class));
	}

	@Test
	void noElasticBulkWithoutAnAsyncClient() {
		new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(ElasticBulkAutoConfiguration.class))
			.run((context) -> assertThat(context).hasNotFailed().doesNotHaveBean(ElasticBulk.class));
	}

	@Test
	void userElasticBulkBacksOff() {
		ElasticBulk own = new ElasticBulk(Mockito.mock(ElasticsearchAsyncClient.class));
		this.runner.withBean("ownBulk", ElasticBulk.class, () -> own)
			.run((context) -> assertThat(context).getBean(ElasticBulk.class).isSameAs(own));
	}

	@Test
	void propertiesAreBound() {
		this.runner
			.withPropertyValues("elastic.bulk.max-operations=10", "elastic.bulk.max-bytes=1MB",
					"elastic.bulk.concurrency=2", "elastic.bulk.flush-interval=2s", "elastic.bulk.max-retries=1",
					"elastic.bulk.initial-backoff=50ms", "elastic.bulk.max-backoff=1s", "elastic.bulk.max-wait=1m",
					"elastic.bulk.progress-interval=10s")
			.run((context) -> assertThat(context.getBean(ElasticBulkProperties.class)).satisfies((properties) -> {
				assertThat(properties.getMaxOperations()).isEqualTo(10);
				assertThat(properties.getMaxBytes()).isEqualTo(DataSize.ofMegabytes(1));
				assertThat(properties.getConcurrency()).isEqualTo(2);
				assertThat(properties.getFlushInterval()).isEqualTo(Duration.ofSeconds(2));
				assertThat(properties.getMaxRetries()).isEqualTo(1);
				assertThat(properties.getInitialBackoff()).isEqualTo(Duration.ofMillis(50));
				assertThat(properties.getMaxBackoff()).isEqualTo(Duration.ofSeconds(1));
				assertThat(properties.getMaxWait()).isEqualTo(Duration.ofMinutes(1));
				assertThat(properties.getProgressInterval()).isEqualTo(Duration.ofSeconds(10));
			}));
	}

	@Test
	void metersAreAutoConfiguredWithAMeterRegistry() {
		this.runner.withBean(MeterRegistry.class, SimpleMeterRegistry::new)
			.run((context) -> assertThat(context).hasSingleBean(LoadMeters.Factory.class));
	}

	@Test
	void metersUseTheRegistryOfSpringBootsMetricsAutoConfiguration() {
		this.runner
			.withConfiguration(AutoConfigurations.of(MetricsAutoConfiguration.class,
					SimpleMetricsExportAutoConfiguration.class, CompositeMeterRegistryAutoConfiguration.class))
			.run((context) -> {
				context.getBean(ElasticBulk.class).open("cities").finish();
				MeterRegistry registry = context.getBean(MeterRegistry.class);
				assertThat(registry.find("elastic.bulk.documents").tag("load", "cities").counters()).hasSize(2);
			});
	}

	@Test
	void noMetersWithoutAMeterRegistry() {
		this.runner.run((context) -> assertThat(context).doesNotHaveBean(LoadMeters.Factory.class));
	}

	@ParameterizedTest
	@CsvSource({ "max-operations, 0", "max-bytes, 0B", "concurrency, 0", "flush-interval, 0s", "max-retries, -1",
			"initial-backoff, 0s", "max-backoff, -1s", "max-wait, 0s", "progress-interval, 0s" })
	void badValueStopsStartUpNamingTheProperty(String property, String value) {
		this.runner.withPropertyValues("elastic.bulk." + property + "=" + value).run((context) -> {
			assertThat(context).hasFailed();
			assertThat(context.getStartupFailure()).rootCause()
				.isInstanceOfSatisfying(InvalidElasticConfigurationException.class, (ex) -> {
					assertThat(ex.getProperty()).isEqualTo("elastic.bulk." + property);
					assertThat(ex.getAction()).contains("'elastic.bulk." + property + "'");
				});
		});
	}

	@Test
	void maxBackoffShorterThanInitialBackoffStopsStartUp() {
		this.runner.withPropertyValues("elastic.bulk.initial-backoff=2s", "elastic.bulk.max-backoff=1s")
			.run((context) -> assertThat(context.getStartupFailure()).rootCause()
				.isInstanceOfSatisfying(InvalidElasticConfigurationException.class,
						(ex) -> assertThat(ex.getProperty()).isEqualTo("elastic.bulk.max-backoff")));
	}

	@Test
	void badOverrideOfOneLoadIsRefusedNamingTheOption() {
		this.runner.run((context) -> assertThatIllegalArgumentException()
			.isThrownBy(() -> context.getBean(ElasticBulk.class).open("cities", (options) -> options.concurrency(0)))
			.withMessageContaining("concurrency"));
	}

}
