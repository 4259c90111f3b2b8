package io.github.elasticstarter.faults;

import java.time.Duration;
import java.util.Map;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.Refresh;
import io.github.elasticstarter.localnode.LocalElasticsearch;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A load balancer (the proxy) resets the pooled connections that have been idle: the next
 * request, a GET or a POST search, succeeds on a new connection and no error reaches the caller.
 * Two timings: the reset arrives while the connection is idle, or just as the next request
 * arrives on it (the race every long-lived pool meets; the request never reached the node).
 */
@Timeout(120)
class FaultIdleConnectionResetTests {

	private static final int ROUNDS = 5;

	private static final LocalElasticsearch node = LocalElasticsearch.http();

	private static TcpProxy proxy;

	@BeforeAll
	static void startProxy() throws Exception {
		proxy = new TcpProxy(node.port());
	}

	@AfterEach
	void failIfAProxyThreadFailed() {
		proxy.rethrowThreadFailures();
	}

	@AfterAll
	static void stopProxy() throws Exception {
		proxy.close();
	}

	@Test
	void getSucceedsAfterTheIdleConnectionsWereReset() {
		eachRound((client, index) -> assertThat(get(client, index)).isTrue(), TcpProxy::resetAll);
	}

	@Test
	void getSucceedsWhenTheIdleConnectionIsResetAsTheRequestArrives() {
		eachRound((client, index) -> assertThat(get(client, index)).isTrue(),
				TcpProxy::resetOpenConnectionsOnNextRequest);
		assertThat(proxy.resetsOnRequest()).as("connections reset as a request arrived").isGreaterThan(0);
	}

	@Test
	void postSearchSucceedsAfterTheIdleConnectionsWereReset() {
		eachRound((client, index) -> assertThat(search(client, index)).isEqualTo(1), TcpProxy::resetAll);
	}

	@Test
	void postSearchSucceedsWhenTheIdleConnectionIsResetAsTheRequestArrives() {
		eachRound((client, index) -> assertThat(search(client, index)).isEqualTo(1),
				TcpProxy::resetOpenConnectionsOnNextRequest);
		assertThat(proxy.resetsOnRequest()).as("connections reset as a request arrived").isGreaterThan(0);
	}

	interface Request {

		void send(ElasticsearchClient client, String index) throws Exception;

	}

	/**
	 * Indexes one document, then, in each round, resets the client's idle connections with
	 * {@code reset} and sends the request, which must succeed on a new connection.
	 */
	private static void eachRound(Request request, java.util.function.Consumer<TcpProxy> reset) {
		String index = FaultContexts.uniqueIndex("idle-reset");
		context().run((context) -> {
			ElasticsearchClient client = context.getBean(ElasticsearchClient.class);
			client.index((doc) -> doc.index(index).id("1").document(Map.of("city", "Vila")).refresh(Refresh.True));
			for (int round = 0; round < ROUNDS; round++) {
				await("the pooled connection is open").atMost(Duration.ofSeconds(5))
					.until(() -> proxy.openConnections() > 0);
				int acceptedBefore = proxy.accepted();
				reset.accept(proxy);
				request.send(client, index);
				assertThat(proxy.accepted()).as("a new connection after the reset").isGreaterThan(acceptedBefore);
			}
		});
	}

	private static boolean get(ElasticsearchClient client, String index) throws java.io.IOException {
		return client.get((get) -> get.index(index).id("1"), Map.class).found();
	}

	private static long search(ElasticsearchClient client, String index) throws java.io.IOException {
		return client.search((search) -> search.index(index).query((q) -> q.matchAll((all) -> all)), Map.class)
			.hits()
			.total()
			.value();
	}

	private static ApplicationContextRunner context() {
		return FaultContexts.connectedTo(proxy.uri(), node);
	}

}
