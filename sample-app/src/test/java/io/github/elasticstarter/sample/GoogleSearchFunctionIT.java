package io.github.elasticstarter.sample;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * {@link GoogleSearchFunction} served by Google's Functions Framework invoker
 * ({@code java-function-invoker}, what Cloud Functions runs Java functions with) in a child
 * process with a clean environment: the packaged function (the jar of
 * {@code target/elastic-sample-app-google-cloud-functions}, whose manifest names its
 * {@code lib/} jars), configured by environment variables only, against a real node; the test
 * is an HTTP client of the invoker.
 */
class GoogleSearchFunctionIT {

	private static final int INVOCATIONS = 1_000;

	/** A JVM, Spring and the client starting on 2 busy cores. */
	private static final Duration READY_DEADLINE = Duration.ofMinutes(3);

	private static FunctionNode node;

	private static FunctionProcess invoker;

	private static ApiClient function;

	@BeforeAll
	static void serveTheFunctionWithTheInvoker() throws IOException {
		node = FunctionNode.get();
		int port = freePort();
		invoker = startInvoker("google", port, node.environment());
		function = awaitServing(invoker, port);
	}

	@AfterAll
	static void stop() {
		if (invoker != null) {
			invoker.close();
		}
	}

	@Test
	void findsCitiesOnTheFirstRequest() {
		ApiClient.Reply reply = function.get("/?q=zurch");
		assertThat(reply.status()).isEqualTo(200);
		assertThat(reply.contentType()).startsWith("application/json");
		assertThat(reply.json().get(0).get("name").asString()).isEqualTo("Zürich");
		assertThat(reply.json().size()).isBetween(1, SearchFunctionConfiguration.RESULT_SIZE);
	}

	/**
	 * After a first request, 1,000 more, one after the other, reuse its connection: the context,
	 * and so the client and its pool, was started once for the instance, and the node sees not one
	 * new connection (the starter hands the caller its answer only once the connection is back in
	 * the pool, so the next request finds it idle).
	 */
	@Test
	void thousandWarmRequestsOpenNoConnection() throws Exception {
		assertThat(function.get("/?q=bern").status()).isEqualTo(200);
		long before = node.connectionsOpened();
		for (int i = 0; i < INVOCATIONS; i++) {
			ApiClient.Reply reply = function.get("/?q=" + (i % 2 == 0 ? "basel" : "lausane"));
			assertThat(reply.status()).as("status of request %d", i).isEqualTo(200);
			assertThat(reply.json().size()).as("hits of request %d", i).isPositive();
		}
		long opened = node.connectionsOpened() - before - 1;
		System.out.printf("Google invoker: %d warm requests made the node open %d HTTP connection(s)%n", INVOCATIONS,
				opened);
		assertThat(opened).as("connections opened by %d warm requests", INVOCATIONS).isZero();
	}

	@Test
	void answersBadRequestsWithAClearErrorAndGoesOnServing() {
		ApiClient.Reply missing = function.get("/");
		assertThat(missing.status()).isEqualTo(400);
		assertThat(missing.contentType()).startsWith("application/problem+json");
		assertThat(missing.json().get("detail").asString()).contains("'q' is required");
		ApiClient.Reply blank = function.get("/?q=%20");
		assertThat(blank.status()).isEqualTo(400);
		ApiClient.Reply malformed = function.get("/?q=%7B%22");
		assertThat(malformed.status()).isEqualTo(400);
		assertThat(malformed.json().get("detail").asString()).contains("no letter or digit");
		ApiClient.Reply tooLong = function.get("/?q=" + "x".repeat(SearchRequests.MAX_QUERY_LENGTH + 1));
		assertThat(tooLong.status()).isEqualTo(400);
		assertThat(tooLong.json().get("detail").asString()).contains("at most " + SearchRequests.MAX_QUERY_LENGTH);
		ApiClient.Reply post = function.post("/?q=zurich", "\"zurich\"");
		assertThat(post.status()).isEqualTo(405);

		assertThat(function.get("/?q=geneve").status()).isEqualTo(200);
	}

	/**
	 * With the node stopped, a search answers 503 naming Elasticsearch; once the node is back on
	 * the same port, the same instance answers again.
	 */
	@Test
	void answersUnavailableWhileTheNodeIsDownThenRecovers() {
		node.whileStopped(() -> {
			ApiClient.Reply down = function.get("/?q=zurich");
			assertThat(down.status()).isEqualTo(503);
			assertThat(down.json().get("detail").asString()).startsWith("Elasticsearch is unreachable: ");
		});
		await("the function to answer again").atMost(Duration.ofMinutes(1))
			.pollInterval(Duration.ofMillis(500))
			.until(() -> function.get("/?q=zurich").status() == 200);
	}

	/**
	 * A function started with a malformed Cloud ID answers every request with the reason, which
	 * names the property, and logs the failure report once, without a stack trace.
	 */
	@Test
	void answersEveryRequestWithTheStartUpFailure() throws IOException {
		int port = freePort();
		try (FunctionProcess broken = startInvoker("google-broken", port, Map.of("ELASTIC_CLOUD_ID", "garbage"))) {
			ApiClient client = awaitServing(broken, port);
			for (int i = 0; i < 3; i++) {
				ApiClient.Reply reply = client.get("/?q=zurich");
				assertThat(reply.status()).isEqualTo(500);
				assertThat(reply.contentType()).startsWith("application/problem+json");
				assertThat(reply.json().get("detail").asString())
					.startsWith("The Elasticsearch client could not be configured: elastic.cloud-id: ")
					.contains("Cloud ID is malformed");
			}
			String log = broken.log();
			assertThat(Pattern.compile("APPLICATION FAILED TO START").matcher(log).results().count()).isOne();
			assertThat(log.lines()).noneMatch((line) -> line.startsWith("\tat "));
		}
	}

	private static FunctionProcess startInvoker(String name, int port, Map<String, String> environment)
			throws IOException {
		return FunctionProcess.start(name,
				List.of("-jar", FunctionProcess.runtimes().resolve("java-function-invoker.jar").toString(),
						"--classpath", packagedFunction(), "--target",
						GoogleSearchFunction.class.getName(), "--port", String.valueOf(port)),
				environment);
	}

	/** The jar that the build's Google Cloud Functions package holds, as deployed. */
	private static String packagedFunction() {
		Path jar = Path.of(System.getProperty("google.function.jar",
				"target/elastic-sample-app-google-cloud-functions/elastic-sample-app.jar"));
		assertThat(jar).isRegularFile();
		return jar.toAbsolutePath().toString();
	}

	/** Waits until the invoker answers HTTP (any answer: the function decides which). */
	private static ApiClient awaitServing(FunctionProcess process, int port) {
		ApiClient client = new ApiClient(port);
		await("the invoker to serve on port " + port).atMost(READY_DEADLINE)
			.pollInterval(Duration.ofMillis(250))
			.ignoreExceptionsInstanceOf(IllegalStateException.class) // not listening yet
			.until(() -> {
				process.assertAlive();
				return client.get("/").status() > 0;
			});
		return client;
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
