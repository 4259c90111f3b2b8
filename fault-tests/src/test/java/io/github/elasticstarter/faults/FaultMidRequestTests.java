package io.github.elasticstarter.faults;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.Refresh;
import io.github.elasticstarter.faults.TcpProxy.Mode;
import io.github.elasticstarter.http.RequestOutcomeUnknownException;
import io.github.elasticstarter.localnode.LocalElasticsearch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * Two hosts, each a proxy in front of the node; the first (where a new client sends its first
 * request) fails mid-request: it resets the connection once the node has answered, or it
 * black-holes the request. Safe requests are retried on the other host; an unsafe one (an index
 * without id: sending it again would add a second document) fails with a typed error naming the
 * node. Timeouts are 1 s, and no call takes longer than {@link #BOUND}.
 */
@Timeout(90)
class FaultMidRequestTests {

	/** 1 s socket timeout, HttpClient's retries with back-off (0.1 + 0.2 + 0.4 s), one failover, slack. */
	private static final Duration BOUND = Duration.ofSeconds(5);

	private final LocalElasticsearch node = LocalElasticsearch.http();

	private TcpProxy faulty;

	private TcpProxy healthy;

	@BeforeEach
	void startProxies() throws IOException {
		this.faulty = new TcpProxy(this.node.port());
		this.healthy = new TcpProxy(this.node.port());
	}

	@AfterEach
	void stopProxies() throws IOException {
		try {
			this.faulty.close();
		}
		finally {
			this.healthy.close();
		}
	}

	@Test
	void getAndSearchAreRetriedOnTheOtherHostWhenTheConnectionIsResetMidRequest() {
		safeRequestsSucceed(Mode.RESET_ON_RESPONSE);
		assertThat(this.faulty.resetsOnResponse()).as("answers the faulty host swallowed").isGreaterThan(0);
	}

	@Test
	void getAndSearchAreRetriedOnTheOtherHostWhenTheFirstIsBlackHoled() {
		safeRequestsSucceed(Mode.BLACK_HOLE);
		assertThat(this.faulty.blackHoled()).as("requests the black hole swallowed").isGreaterThan(0);
	}

	@Test
	void indexWithoutIdFailsWithATypedErrorWhenTheConnectionIsResetMidRequest() {
		unsafeRequestFails(Mode.RESET_ON_RESPONSE, IOException.class, 1);
		assertThat(this.faulty.resetsOnResponse()).as("answers the faulty host swallowed").isEqualTo(1);
	}

	@Test
	void indexWithoutIdFailsWithinTheSocketTimeoutWhenTheFirstHostIsBlackHoled() {
		unsafeRequestFails(Mode.BLACK_HOLE, IOException.class, 0);
	}

	/**
	 * Indexes a document without id through the faulty host: the call must fail with
	 * {@code type}, name the node, not blame the scheme, and must not be sent again (the node
	 * holds {@code handledByTheNode} documents: those it got through the proxy).
	 */
	private void unsafeRequestFails(Mode fault, Class<? extends IOException> type, long handledByTheNode) {
		String index = FaultContexts.uniqueIndex("unsafe-" + fault.name().toLowerCase().replace('_', '-'));
		FaultContexts.connectedTo(this.node.baseUri().toString(), this.node)
			.run((direct) -> direct.getBean(ElasticsearchClient.class).indices().create((create) -> create.index(index)));
		this.faulty.mode(fault);
		context().run((context) -> {
			ElasticsearchClient client = context.getBean(ElasticsearchClient.class);
			long started = System.nanoTime();
			Throwable thrown = catchThrowable(() -> Bounded.call(BOUND, "index without id",
					() -> client.index((doc) -> doc.index(index).document(Map.of("city", "Vila")))));
			long took = FaultContexts.millisSince(started);
			this.faulty.mode(Mode.FORWARD);
			client.indices().refresh((refresh) -> refresh.index(index));
			long documents = client.count((count) -> count.index(index)).count();
			System.out.printf("[faults] %s, unsafe index: %d ms, %d document(s), thrown: %s%n", fault, took,
					documents, thrown);
			assertThat(thrown).as("the unsafe request's outcome").isInstanceOf(type)
				.hasMessageContaining(this.faulty.uri().replaceAll("/$", ""))
				.hasMessageNotContaining("use 'https://'")
				.hasCauseInstanceOf(RequestOutcomeUnknownException.class);
			assertThat(took).isLessThan(BOUND.toMillis());
			assertThat(documents).as("documents indexed: the unsafe request must not be sent again")
				.isEqualTo(handledByTheNode);
		});
	}

	private void safeRequestsSucceed(Mode fault) {
		String index = FaultContexts.uniqueIndex("mid-request-safe");
		context().run((context) -> {
			ElasticsearchClient client = context.getBean(ElasticsearchClient.class);
			client.index((doc) -> doc.index(index).id("1").document(Map.of("city", "Vila")).refresh(Refresh.True));
			this.faulty.mode(fault);
			for (int i = 0; i < 6; i++) {
				long started = System.nanoTime();
				assertThat(Bounded.call(BOUND, "GET", () -> client.get((get) -> get.index(index).id("1"), Map.class))
					.found()).isTrue();
				assertThat(Bounded.call(BOUND, "search", () -> client.search((search) -> search.index(index), Map.class))
					.hits().total().value()).isEqualTo(1);
				long took = FaultContexts.millisSince(started);
				System.out.printf("[faults] %s: GET and search %d took %d ms%n", fault, i, took);
				assertThat(took).isLessThan(2 * BOUND.toMillis());
			}
		});
	}

	/** The faulty host first: a new client sends its first request there (then every other one). */
	private ApplicationContextRunner context() {
		return FaultContexts.withShortTimeouts(
				FaultContexts.connectedTo(this.faulty.uri() + "," + this.healthy.uri(), this.node));
	}

}
