package io.github.elasticstarter.insight;

import io.github.elasticstarter.autoconfigure.ElasticAutoConfiguration;
import io.github.elasticstarter.autoconfigure.clients.ElasticClientsAutoConfiguration;
import io.github.elasticstarter.autoconfigure.insight.ElasticInsightAutoConfiguration;
import io.github.elasticstarter.testsupport.RecordingServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code elastic.startup-check} against a recording server that fakes the server's version.
 */
@ExtendWith(OutputCaptureExtension.class)
class StartupCheckTests {

	private static final String VERSION_7 = "{\"version\":{\"number\":\"7.17.0\",\"build_flavor\":\"default\"}}";

	private static final String VERSION_10 = "{\"version\":{\"number\":\"10.0.0\",\"build_flavor\":\"default\"}}";

	@RegisterExtension
	final RecordingServer server = RecordingServer.forEachTest();

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(ElasticAutoConfiguration.class, ElasticInsightAutoConfiguration.class));

	@Test
	void offByDefaultSendsNothing() {
		onServer().run((context) -> {
			assertThat(context).hasNotFailed();
			assertThat(this.server.requests()).isEmpty();
		});
	}

	@Test
	void logsOneLineWithTheVersionAndTheCredentialKind(CapturedOutput output) {
		// a server of the client's own minor, whichever client version this build runs
		co.elastic.clients.transport.Version client = co.elastic.clients.transport.Version.VERSION;
		String server = client.major() + "." + client.minor() + ".0";
		this.server.enqueue(200, "{\"version\":{\"number\":\"" + server + "\",\"build_flavor\":\"default\"}}");
		onServer("elastic.startup-check=fail", "elastic.username=elastic", "elastic.password=pw-startup-check")
			.run((context) -> assertThat(context).hasNotFailed());
		assertThat(output).containsOnlyOnce("Elasticsearch client 'default': compatible: server " + server + ", client "
				+ client + ": same major (build flavour default, version read from GET /); "
				+ "the server accepted the username and password").doesNotContain("pw-startup-check");
	}

	@Test
	void failStopsStartUpOnAServerOfAnIncompatibleMajor() {
		this.server.enqueue(200, VERSION_7);
		onServer("elastic.startup-check=fail").run((context) -> {
			assertThat(context).hasFailed();
			assertThat(context.getStartupFailure()).rootCause()
				.isInstanceOf(StartupCheckFailedException.class)
				.hasMessageContaining("server 7.17.0")
				.hasMessageContaining("incompatible");
		});
	}

	@Test
	void failStopsStartUpOnTheNextMajorWithoutCompatibilityMode() {
		this.server.enqueue(200, VERSION_10);
		onServer("elastic.startup-check=fail", "elastic.compatibility-mode=false")
			.run((context) -> assertThat(context).hasFailed());
	}

	@Test
	void failAcceptsTheNextMajorInCompatibilityMode() {
		this.server.enqueue(200, VERSION_10);
		onServer("elastic.startup-check=fail").run((context) -> assertThat(context).hasNotFailed());
	}

	@Test
	void warnLogsAnIncompatibleMajorAndStarts(CapturedOutput output) {
		this.server.enqueue(200, VERSION_7);
		onServer("elastic.startup-check=warn").run((context) -> assertThat(context).hasNotFailed());
		assertThat(output).contains("WARN").contains("server 7.17.0").contains("incompatible");
	}

	@Test
	void failStopsStartUpWhenTheCredentialsAreRejected() {
		this.server.enqueueError(401);
		onServer("elastic.startup-check=fail", "elastic.api-key=aWQ6cmVqZWN0ZWQ=").run((context) -> {
			assertThat(context).hasFailed();
			assertThat(context.getStartupFailure()).rootCause()
				.hasMessageContaining("answered 401 (the credentials were rejected)")
				.hasMessageNotContaining("aWQ6cmVqZWN0ZWQ=");
		});
	}

	@Test
	void failStopsStartUpWhenNoServerAnswers() {
		this.server.close();
		onServer("elastic.startup-check=fail").run((context) -> assertThat(context).hasFailed());
	}

	@Test
	void anUnknownVersionOnlyWarns(CapturedOutput output) {
		this.server.enqueueError(405).enqueueError(404);
		onServer("elastic.startup-check=fail").run((context) -> assertThat(context).hasNotFailed());
		assertThat(output).contains("WARN").contains("unknown: the server's version could not be read");
	}

	private ApplicationContextRunner onServer(String... properties) {
		return this.runner.withPropertyValues("elastic.hosts=" + this.server.url()).withPropertyValues(properties);
	}

}
