package io.github.elasticstarter.http;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.transport.rest5_client.low_level.ResponseException;
import io.github.elasticstarter.autoconfigure.ElasticAutoConfiguration;
import io.github.elasticstarter.testsupport.RecordingServer;
import io.github.elasticstarter.testsupport.RecordingServer.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.ContextConsumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Boots the auto-configuration against a {@link RecordingServer} and checks how the client
 * retries and fails over: which statuses are retried, how often, after how long, and with
 * which body.
 */
class ElasticRetryWireTests {

	@RegisterExtension
	final RecordingServer server = RecordingServer.forEachTest();

	@Test
	void serviceUnavailableIsRetried() {
		this.server.enqueueError(503);
		run((client) -> assertThat(client.get((g) -> g.index("i").id("1"), Map.class).found()).isTrue());
		assertThat(this.server.requests()).hasSize(2)
			.allSatisfy((request) -> assertThat(request.path()).isEqualTo("/i/_doc/1"));
	}

	@Test
	void tooManyRequestsIsRetried() {
		this.server.enqueueError(429);
		run((client) -> assertThat(client.get((g) -> g.index("i").id("1"), Map.class).found()).isTrue());
		assertThat(this.server.requests()).hasSize(2);
	}

	@Test
	void noRetryWhenMaxRetriesIsZero() {
		this.server.enqueueError(503);
		run((client) -> assertThatExceptionOfType(ResponseException.class)
			.isThrownBy(() -> client.get((g) -> g.index("i").id("1"), Map.class))
			.satisfies((ex) -> assertThat(ex.getResponse().getStatusCode()).isEqualTo(503)), "elastic.retry.max-retries=0");
		assertThat(this.server.requests()).hasSize(1);
	}

	@Test
	void retriesStopAfterMaxRetries() {
		for (int i = 0; i < 3; i++) {
			this.server.enqueueError(503);
		}
		run((client) -> assertThatExceptionOfType(ResponseException.class)
			.isThrownBy(() -> client.get((g) -> g.index("i").id("1"), Map.class))
			.satisfies((ex) -> assertThat(ex.getResponse().getStatusCode()).isEqualTo(503)), "elastic.retry.max-retries=2",
				"elastic.retry.initial-backoff=1ms");
		assertThat(this.server.requests()).hasSize(3);
	}

	@Test
	void bulkRequestIsLeftToTheBulkLayerAndNotRetried() {
		this.server.enqueueError(503);
		run((client) -> assertThatExceptionOfType(ResponseException.class)
			.isThrownBy(() -> client.bulk((bulk) -> bulk.index("i")
				.operations((op) -> op.index((index) -> index.id("1").document(Map.of("name", "Paris"))))))
			.satisfies((ex) -> assertThat(ex.getResponse().getStatusCode()).isEqualTo(503)), "elastic.retry.max-retries=2",
				"elastic.retry.initial-backoff=1ms");
		assertThat(this.server.requests()).singleElement()
			.satisfies((request) -> assertThat(request.path()).isEqualTo("/i/_bulk"));
	}

	@Test
	void badRequestIsNotRetried() {
		this.server.enqueueError(400);
		run((client) -> assertThatExceptionOfType(ElasticsearchException.class)
			.isThrownBy(() -> client.get((g) -> g.index("i").id("1"), Map.class))
			.satisfies((ex) -> assertThat(ex.status()).isEqualTo(400)));
		assertThat(this.server.requests()).hasSize(1);
	}

	@Test
	void retryWaitsForTheBackoff() {
		this.server.enqueueError(503);
		run((client) -> assertThat(client.get((g) -> g.index("i").id("1"), Map.class).found()).isTrue(),
				"elastic.retry.initial-backoff=50ms");
		assertThat(this.server.requests()).hasSize(2);
		assertThat(gapBetweenFirstTwoRequests()).isGreaterThanOrEqualTo(Duration.ofMillis(50));
	}

	@Test
	void retryAfterIsHonouredUpToTheMaxBackoff() {
		this.server.enqueue(503, Map.of("Retry-After", "1"), "{}");
		run((client) -> assertThat(client.get((g) -> g.index("i").id("1"), Map.class).found()).isTrue(),
				"elastic.retry.initial-backoff=10ms", "elastic.retry.max-backoff=5s");
		assertThat(gapBetweenFirstTwoRequests()).isGreaterThanOrEqualTo(Duration.ofSeconds(1));
	}

	@Test
	void retryAfterBeyondTheMaxBackoffIsCappedAtIt() {
		this.server.enqueue(503, Map.of("Retry-After", "3600"), "{}");
		assertTimeoutPreemptively(Duration.ofSeconds(20),
				() -> run((client) -> assertThat(client.get((g) -> g.index("i").id("1"), Map.class).found()).isTrue(),
						"elastic.retry.initial-backoff=10ms", "elastic.retry.max-backoff=200ms"),
				"a Retry-After of an hour was not capped by elastic.retry.max-backoff");
		assertThat(gapBetweenFirstTwoRequests()).isGreaterThanOrEqualTo(Duration.ofMillis(200))
			.isLessThan(Duration.ofSeconds(10));
	}

	@Test
	void searchWithBodyIsRetriedWithTheSameBody() {
		this.server.enqueueError(503);
		run((client) -> assertThat(client
			.search((s) -> s.index("i").query((q) -> q.term((t) -> t.field("a").value(1))), Map.class)
			.timedOut()).isFalse());
		List<RecordedRequest> requests = this.server.requests();
		assertThat(requests).hasSize(2).allSatisfy((request) -> {
			assertThat(request.method()).isEqualTo("POST");
			assertThat(request.path()).isEqualTo("/i/_search");
		});
		assertThat(requests.get(0).bodyAsString()).contains("\"term\"");
		assertThat(requests.get(1).body()).isEqualTo(requests.get(0).body());
	}

	@Test
	void failsOverFromAnUnreachableNode() throws IOException {
		int closedPort;
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			closedPort = socket.getLocalPort();
		}
		new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(JacksonAutoConfiguration.class, ElasticAutoConfiguration.class))
			.withPropertyValues("elastic.hosts=http://127.0.0.1:" + closedPort + "," + this.server.url(),
					"elastic.node-selector=any")
			.run((context) -> {
				ElasticsearchClient client = context.getBean(ElasticsearchClient.class);
				for (int i = 0; i < 4; i++) {
					assertThat(client.get((g) -> g.index("i").id("1"), Map.class).found()).isTrue();
				}
			});
		assertThat(this.server.requests()).hasSize(4);
	}

	private Duration gapBetweenFirstTwoRequests() {
		List<RecordedRequest> requests = this.server.requests();
		assertThat(requests).hasSizeGreaterThanOrEqualTo(2);
		return Duration.ofNanos(requests.get(1).nanoTime() - requests.get(0).nanoTime());
	}

	private void run(ClientCall call, String... properties) {
		new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(JacksonAutoConfiguration.class, ElasticAutoConfiguration.class))
			.withPropertyValues("elastic.hosts=" + this.server.url())
			.withPropertyValues(properties)
			.run((ContextConsumer<AssertableApplicationContext>) (context) -> {
				assertThat(context).hasNotFailed();
				call.accept(context.getBean(ElasticsearchClient.class));
			});
	}

	@FunctionalInterface
	interface ClientCall {

		void accept(ElasticsearchClient client) throws Exception;

	}

}
