package io.github.elasticstarter.autoconfigure;

import io.github.elasticstarter.autoconfigure.clients.ElasticClientsAutoConfiguration;
import io.github.elasticstarter.autoconfigure.insight.ElasticInsightAutoConfiguration;
import io.github.elasticstarter.testsupport.RecordingServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A failed {@code elastic.startup-check} reported as the failure analysis of the client's
 * {@code startup-check} property.
 */
class StartupCheckFailureAnalyzerTests {

	private static final String VERSION_7 = "{\"version\":{\"number\":\"7.17.0\",\"build_flavor\":\"default\"}}";

	@RegisterExtension
	final RecordingServer server = RecordingServer.forEachTest();

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(ElasticAutoConfiguration.class, ElasticInsightAutoConfiguration.class));

	@Test
	void failStopsStartUpOnAServerOfAnIncompatibleMajor() {
		this.server.enqueue(200, VERSION_7);
		this.runner.withPropertyValues("elastic.hosts=" + this.server.url(), "elastic.startup-check=fail").run((context) -> {
			assertThat(context).hasFailed();
			FailureAnalysis analysis = new StartupCheckFailureAnalyzer(null)
				.analyze(context.getStartupFailure());
			assertThat(analysis).isNotNull();
			assertThat(analysis.getDescription()).contains("elastic.startup-check")
				.contains("server 7.17.0")
				.contains("incompatible");
			assertThat(analysis.getAction()).contains("elastic.startup-check=warn");
		});
	}

	@Test
	void aNamedClientIsCheckedAndItsFailureNamesItsProperty() {
		this.server.enqueue(200, VERSION_7);
		this.runner.withConfiguration(AutoConfigurations.of(ElasticClientsAutoConfiguration.class))
			.withPropertyValues("elastic.clients.archive.hosts=" + this.server.url(),
					"elastic.clients.archive.startup-check=fail")
			.run((context) -> {
				assertThat(context).hasFailed();
				FailureAnalysis analysis = new StartupCheckFailureAnalyzer(null)
					.analyze(context.getStartupFailure());
				assertThat(analysis).isNotNull();
				assertThat(analysis.getDescription()).contains("elastic.clients.archive.startup-check")
					.contains("server 7.17.0");
			});
	}

}
