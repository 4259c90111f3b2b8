package io.github.elasticstarter.autoconfigure.scan;

import java.time.Duration;

import co.elastic.clients.elasticsearch.ElasticsearchAsyncClient;
import io.github.elasticstarter.autoconfigure.ElasticAutoConfiguration;
import io.github.elasticstarter.autoconfigure.InvalidElasticConfigurationException;
import io.github.elasticstarter.scan.ElasticScan;
import io.github.elasticstarter.scan.ElasticScanLifecycle;
import io.github.elasticstarter.scan.InvalidScanOptionException;
import io.github.elasticstarter.scan.ScanMeters;
import io.github.elasticstarter.scan.ScanOptions;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mockito.Mockito;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The beans and properties of the scan auto-configuration.
 */
class ElasticScanAutoConfigurationTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(JacksonAutoConfiguration.class, ElasticAutoConfiguration.class,
				ElasticScanAutoConfiguration.class))
		.withPropertyValues("elastic.hosts=http://127.0.0.1:9200");

	@Test
	void thePropertiesDefaultsAreTheOptionsDefaults() {
		// the configuration metadata needs literal defaults in the properties: this keeps both in step
		assertThat(ElasticScans.options(new ElasticScanProperties())).usingRecursiveComparison()
			.isEqualTo(new ScanOptions());
	}

	@Test
	void elasticScanIsAutoConfiguredWithTheClient() {
		this.runner.run((context) -> assertThat(context).hasSingleBean(ElasticScan.class)
			.hasSingleBean(ElasticScanLifecycle.class));
	}

	@Test
	void noElasticScanWithoutAnAsyncClient() {
		new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(ElasticScanAutoConfiguration.class))
			.run((context) -> assertThat(context).hasNotFailed().doesNotHaveBean(ElasticScan.class));
	}

	@Test
	void userElasticScanBacksOff() {
		ElasticScan own = new ElasticScan(Mockito.mock(ElasticsearchAsyncClient.class));
		this.runner.withBean("ownScan", ElasticScan.class, () -> own)
			.run((context) -> assertThat(context).getBean(ElasticScan.class).isSameAs(own));
	}

	@Test
	void propertiesAreBound() {
		this.runner
			.withPropertyValues("elastic.scan.page-size=500", "elastic.scan.keep-alive=30s", "elastic.scan.slices=4",
					"elastic.scan.max-buffered-pages=8", "elastic.scan.max-wait=1m", "elastic.scan.scroll-fallback=false",
					"elastic.scan.progress-interval=10s")
			.run((context) -> assertThat(context.getBean(ElasticScanProperties.class)).satisfies((properties) -> {
				assertThat(properties.getPageSize()).isEqualTo(500);
				assertThat(properties.getKeepAlive()).isEqualTo(Duration.ofSeconds(30));
				assertThat(properties.getSlices()).isEqualTo(4);
				assertThat(properties.getMaxBufferedPages()).isEqualTo(8);
				assertThat(properties.getMaxWait()).isEqualTo(Duration.ofMinutes(1));
				assertThat(properties.isScrollFallback()).isFalse();
				assertThat(properties.getProgressInterval()).isEqualTo(Duration.ofSeconds(10));
			}));
	}

	@Test
	void metersAreAutoConfiguredWithAMeterRegistry() {
		this.runner.withBean(MeterRegistry.class, SimpleMeterRegistry::new)
			.run((context) -> assertThat(context).hasSingleBean(ScanMeters.Factory.class));
	}

	@Test
	void noMetersWithoutAMeterRegistry() {
		this.runner.run((context) -> assertThat(context).doesNotHaveBean(ScanMeters.Factory.class));
	}

	@ParameterizedTest
	@CsvSource({ "page-size, 0", "page-size, 10001", "slices, 0", "max-buffered-pages, 0", "keep-alive, 0s",
			"max-wait, 0s", "progress-interval, -1s" })
	void badValueStopsStartUpNamingTheProperty(String property, String value) {
		this.runner.withPropertyValues("elastic.scan." + property + "=" + value).run((context) -> {
			assertThat(context).hasFailed();
			assertThat(context.getStartupFailure()).rootCause()
				.isInstanceOfSatisfying(InvalidElasticConfigurationException.class, (ex) -> {
					assertThat(ex.getProperty()).isEqualTo("elastic.scan." + property);
					assertThat(ex.getAction()).contains("'elastic.scan." + property + "'");
				});
		});
	}

	@Test
	void badOverrideOfOneScanIsRefusedNamingTheOption() {
		this.runner.run((context) -> assertThatExceptionOfType(InvalidScanOptionException.class)
			.isThrownBy(() -> context.getBean(ElasticScan.class).open("cities", null, Object.class,
					(options) -> options.slices(0)))
			.withMessageContaining("slices")
			.satisfies((ex) -> assertThat(ex.getOption()).isEqualTo("slices")));
	}

}
