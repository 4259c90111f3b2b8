package io.github.elasticstarter.insight;

import java.io.IOException;

import io.github.elasticstarter.autoconfigure.ElasticAutoConfiguration;
import io.github.elasticstarter.autoconfigure.clients.ElasticClientsAutoConfiguration;
import io.github.elasticstarter.autoconfigure.insight.ElasticInsightAutoConfiguration;
import io.github.elasticstarter.testsupport.RecordingServer;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.export.simple.SimpleMetricsExportAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pool gauges, registered only with a meter registry.
 */
class PoolMetersTests {

	@RegisterExtension
	final RecordingServer server = RecordingServer.forEachTest();

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(ElasticAutoConfiguration.class, ElasticInsightAutoConfiguration.class));

	@Test
	void noGaugesWithoutAMeterRegistry() {
		onServer().run((context) -> assertThat(context).doesNotHaveBean("elasticPoolMeters"));
	}

	@Test
	void gaugesPerClientAndNode() {
		onServer().withConfiguration(AutoConfigurations.of(MetricsAutoConfiguration.class,
				SimpleMetricsExportAutoConfiguration.class, CompositeMeterRegistryAutoConfiguration.class))
			.run((context) -> {
				MeterRegistry registry = context.getBean(MeterRegistry.class);
				for (String name : new String[] { "leased", "pending", "available", "max" }) {
					assertThat(registry.find("elastic.pool." + name)
						.tag("client", "default")
						.tag("node", this.server.url())
						.gauge()).as(name).isNotNull();
				}
				assertThat(registry.get("elastic.pool.max").gauge().value()).isEqualTo(64);
			});
	}

	@Test
	void gaugesOfANamedClientCarryItsName() throws IOException {
		try (RecordingServer archive = RecordingServer.start()) {
			this.runner.withConfiguration(AutoConfigurations.of(ElasticClientsAutoConfiguration.class,
					MetricsAutoConfiguration.class, SimpleMetricsExportAutoConfiguration.class,
					CompositeMeterRegistryAutoConfiguration.class))
				.withPropertyValues("elastic.clients.archive.hosts=" + archive.url())
				.run((context) -> assertThat(context.getBean(MeterRegistry.class)
					.find("elastic.pool.leased")
					.tag("client", "archive")
					.tag("node", archive.url())
					.gauge()).isNotNull());
		}
	}

	private ApplicationContextRunner onServer() {
		return this.runner.withPropertyValues("elastic.hosts=" + this.server.url());
	}

}
