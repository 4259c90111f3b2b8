package io.github.elasticstarter.http;

import java.io.IOException;
import java.util.Map;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import io.github.elasticstarter.autoconfigure.ElasticAutoConfiguration;
import io.github.elasticstarter.testsupport.MisbehavingServer;
import io.github.elasticstarter.testsupport.MisbehavingServer.Behaviour;
import io.github.elasticstarter.testsupport.RecordingServer;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.http.message.BasicHttpRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

/**
 * Requests a node received but never answered: the socket timeout ends the wait, safe requests
 * move on to the next node, and requests that change data fail with an unknown outcome instead
 * of being applied twice.
 */
class UnansweredRequestWireTests {

	@RegisterExtension
	final RecordingServer healthy = RecordingServer.forEachTest();

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(ElasticAutoConfiguration.class, JacksonAutoConfiguration.class))
		.withPropertyValues("elastic.socket-timeout=500ms", "elastic.node-selector=any");


	@Test
	@Timeout(10)
	void socketTimeoutEndsTheWaitForASilentNode() throws IOException {
		try (MisbehavingServer silent = new MisbehavingServer(Behaviour.SILENT)) {
			this.runner.withPropertyValues("elastic.hosts=" + silent.url()).run((context) -> {
				long started = System.nanoTime();
				assertThatException()
					.isThrownBy(() -> context.getBean(ElasticsearchClient.class).get((g) -> g.index("i").id("1"), Map.class))
					.withStackTraceContaining("SocketTimeoutException");
				assertThat((System.nanoTime() - started) / 1_000_000).isLessThan(5000);
			});
		}
	}

	@Test
	@Timeout(10)
	void safeRequestsMoveOnFromASilentNode() throws IOException {
		try (MisbehavingServer silent = new MisbehavingServer(Behaviour.SILENT)) {
			this.runner.withPropertyValues("elastic.hosts=" + silent.url() + "," + this.healthy.url())
				.run((context) -> assertThat(context.getBean(ElasticsearchClient.class)
					.search((s) -> s.index("i"), Map.class)
					.timedOut()).isFalse());
		}
	}

	@Test
	void aWriteCutOffMidRequestFailsWithAnUnknownOutcomeAndIsNotSentElsewhere() throws IOException {
		try (MisbehavingServer resetting = new MisbehavingServer(Behaviour.RESET)) {
			this.runner.withPropertyValues("elastic.hosts=" + resetting.url() + "," + this.healthy.url())
				.run((context) -> assertThatException()
					.isThrownBy(() -> context.getBean(ElasticsearchClient.class)
						.index((i) -> i.index("i").document(Map.of("name", "once"))))
					.withStackTraceContaining("RequestOutcomeUnknownException"));
			assertThat(this.healthy.requests()).isEmpty();
			assertThat(resetting.requests()).isEqualTo(1);
		}
	}

	@Test
	void theUnknownOutcomeIsTypedAndSaysWhatToDo() throws IOException {
		try (MisbehavingServer resetting = new MisbehavingServer(Behaviour.RESET)) {
			this.runner.withPropertyValues("elastic.hosts=" + resetting.url()).run((context) -> assertThatException()
				.isThrownBy(() -> context.getBean(ElasticsearchClient.class)
					.index((i) -> i.index("i").document(Map.of("name", "once"))))
				.havingCause()
				.isInstanceOf(RequestOutcomeUnknownException.class)
				.withMessageContaining("The outcome of POST /i/_doc on " + resetting.url() + " is unknown")
				.withMessageContaining("check whether it took effect"));
		}
	}

	@Test
	void aBulkAnsweredWithAGatewayErrorIsNotSentToTheNextNode() throws IOException {
		try (RecordingServer gateway = RecordingServer.forEachTest()) {
			gateway.enqueueError(502);
			this.runner.withPropertyValues("elastic.hosts=" + gateway.url() + "," + this.healthy.url())
				.run((context) -> assertThatException()
					.isThrownBy(() -> context.getBean(ElasticsearchClient.class)
						.bulk((b) -> b.operations((o) -> o.index((i) -> i.index("i").document(Map.of("name", "once"))))))
					.havingCause()
					.isInstanceOfSatisfying(RequestOutcomeUnknownException.class,
							(unknown) -> assertThat(unknown.getStatus()).isEqualTo(502))
					.withMessageContaining("The outcome of POST /_bulk on " + gateway.url() + " is unknown")
					.withMessageContaining("gateway error 502"));
			assertThat(gateway.requests()).hasSize(1);
			assertThat(this.healthy.requests()).isEmpty();
		}
	}

	@Test
	void aWriteThatIsNotABulkStillMovesOnAfterAGatewayError() throws IOException {
		try (RecordingServer gateway = RecordingServer.forEachTest()) {
			gateway.enqueueError(502);
			this.healthy.enqueue(201, "{\"_index\":\"i\",\"_id\":\"1\",\"_version\":1,\"result\":\"created\","
					+ "\"_shards\":{\"total\":1,\"successful\":1,\"failed\":0},\"_seq_no\":0,\"_primary_term\":1}");
			this.runner.withPropertyValues("elastic.hosts=" + gateway.url() + "," + this.healthy.url(),
					"elastic.retry.max-retries=0")
				.run((context) -> assertThat(context.getBean(ElasticsearchClient.class)
					.index((i) -> i.index("i").id("1").document(Map.of("name", "once")))
					.id()).isEqualTo("1"));
			assertThat(this.healthy.requests()).hasSize(1);
		}
	}

	@Test
	void aSearchCutOffMidRequestIsSentToTheNextNode() throws IOException {
		try (MisbehavingServer resetting = new MisbehavingServer(Behaviour.RESET)) {
			this.runner.withPropertyValues("elastic.hosts=" + resetting.url() + "," + this.healthy.url())
				.run((context) -> assertThat(context.getBean(ElasticsearchClient.class)
					.search((s) -> s.index("i"), Map.class)
					.timedOut()).isFalse());
			assertThat(this.healthy.requests()).hasSize(1);
		}
	}

	@Test
	void searchesAndIdempotentMethodsAreSafeToResendButWritesAreNot() {
		assertThat(RequestSafety.isSafeToResend(new BasicHttpRequest("POST", "/cities/_search?size=5"))).isTrue();
		assertThat(RequestSafety.isSafeToResend(new BasicHttpRequest("POST", "/_msearch"))).isTrue();
		assertThat(RequestSafety.isSafeToResend(new BasicHttpRequest("POST", "/a,b/_count"))).isTrue();
		assertThat(RequestSafety.isSafeToResend(new BasicHttpRequest("GET", "/i/_doc/1"))).isTrue();
		assertThat(RequestSafety.isSafeToResend(new BasicHttpRequest("PUT", "/i/_doc/1"))).isTrue();
		assertThat(RequestSafety.isSafeToResend(new BasicHttpRequest("POST", "/i/_doc"))).isFalse();
		assertThat(RequestSafety.isSafeToResend(new BasicHttpRequest("POST", "/_bulk"))).isFalse();
		assertThat(RequestSafety.isSafeToResend(new BasicHttpRequest("POST", "/i/_update/1"))).isFalse();
		assertThat(RequestSafety.isSafeToResend(new BasicHttpRequest("POST", "/i/_search_shards_extra"))).isFalse();
	}

	@Test
	void theHttpsHintIsOnlyForConnectionsThatNeverAnswered() {
		HttpHost target = new HttpHost("http", "127.0.0.1", 9200);
		org.apache.hc.core5.http.ConnectionClosedException closed = new org.apache.hc.core5.http.ConnectionClosedException(
				"Connection closed by peer");
		assertThat(ConnectionFailureExplainer.explain(closed, target, false)).hasMessageContaining("use 'https://'");
		assertThat(ConnectionFailureExplainer.explain(closed, target, true)).isNull();
	}

}
