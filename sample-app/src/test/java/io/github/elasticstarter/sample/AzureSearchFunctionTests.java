package io.github.elasticstarter.sample;

import java.time.Duration;
import java.util.Map;

import com.microsoft.azure.functions.HttpMethod;
import com.microsoft.azure.functions.HttpResponseMessage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * {@link AzureSearchFunction} invoked as the Azure Functions Java worker invokes it (that
 * worker is not published): a new instance of the class per invocation, an
 * {@code HttpRequestMessage} and an {@code ExecutionContext}, against a real node configured
 * by {@code elastic.*} properties, as the app settings set them on Azure. The function's
 * metadata is checked by {@link AzureFunctionMetadataTests}.
 */
class AzureSearchFunctionTests {

	private static final int INVOCATIONS = 1_000;

	private static final JsonMapper json = JsonMapper.builder().build();

	private static FunctionNode node;

	@BeforeAll
	static void startTheFunctionOnTheNode() {
		node = FunctionNode.get();
		// The app settings: environment variables on Azure, system properties in this JVM, read once at start-up.
		Map<String, String> settings = Map.of("elastic.hosts", node.environment().get("ELASTIC_HOSTS"),
				"elastic.api-key", node.environment().get("ELASTIC_API_KEY"), "elastic.ssl.ca-fingerprint",
				node.environment().get("ELASTIC_SSL_CAFINGERPRINT"));
		settings.forEach(System::setProperty);
		try {
			assertThat(invoke("zurich").getStatusCode()).isEqualTo(200);
		}
		finally {
			settings.keySet().forEach(System::clearProperty);
		}
	}

	@Test
	void findsCities() {
		HttpResponseMessage response = invoke("zurch");
		assertThat(response.getStatusCode()).isEqualTo(200);
		assertThat(response.getHeader("Content-Type")).startsWith("application/json");
		JsonNode hits = json.readTree((String) response.getBody());
		assertThat(hits.get(0).get("name").asString()).isEqualTo("Zürich");
		assertThat(hits.size()).isBetween(1, SearchFunctionConfiguration.RESULT_SIZE);
	}

	/**
	 * 1,000 invocations, each on a new instance of the function's class as the worker may make
	 * them, share the context started once: the same application, and the connection its first
	 * invocation opened; the node sees not one new connection (the starter hands the caller its
	 * answer only once the connection is back in the pool, so the next invocation finds it idle).
	 */
	@Test
	void thousandWarmInvocationsShareOneContextAndOpenNoConnection() throws Exception {
		FunctionApplication application = FunctionApplication.get();
		assertThat(invoke("bern").getStatusCode()).isEqualTo(200);
		long before = node.connectionsOpened();
		for (int i = 0; i < INVOCATIONS; i++) {
			HttpResponseMessage response = invoke(i % 2 == 0 ? "basel" : "lausane");
			assertThat(response.getStatusCode()).as("status of invocation %d", i).isEqualTo(200);
		}
		long opened = node.connectionsOpened() - before - 1;
		System.out.printf("Azure function: %d warm invocations made the node open %d HTTP connection(s)%n",
				INVOCATIONS, opened);
		assertThat(FunctionApplication.get()).isSameAs(application);
		assertThat(opened).as("connections opened by %d warm invocations", INVOCATIONS).isZero();
	}

	@Test
	void answersBadRequestsWithAClearErrorAndGoesOnServing() {
		HttpResponseMessage missing = new AzureSearchFunction()
			.run(new AzureHttpRequest(HttpMethod.GET, Map.of()), AzureHttpRequest.context("missing"));
		assertThat(missing.getStatusCode()).isEqualTo(400);
		assertThat(missing.getHeader("Content-Type")).startsWith("application/problem+json");
		assertThat(json.readTree((String) missing.getBody()).get("detail").asString()).contains("'q' is required");
		assertThat(invoke(" ").getStatusCode()).isEqualTo(400);
		assertThat(invoke("{\"").getStatusCode()).isEqualTo(400);
		assertThat(invoke("x".repeat(SearchRequests.MAX_QUERY_LENGTH + 1)).getStatusCode()).isEqualTo(400);

		assertThat(invoke("geneve").getStatusCode()).isEqualTo(200);
	}

	/**
	 * With the node stopped, a search answers 503 naming Elasticsearch; once the node is back on
	 * the same port, the same client answers again, without a restart of the function.
	 */
	@Test
	void answersUnavailableWhileTheNodeIsDownThenRecovers() {
		node.whileStopped(() -> {
			HttpResponseMessage down = invoke("zurich");
			assertThat(down.getStatusCode()).isEqualTo(503);
			assertThat(json.readTree((String) down.getBody()).get("detail").asString())
				.startsWith("Elasticsearch is unreachable: ");
		});
		await("the function to answer again").atMost(Duration.ofMinutes(1))
			.pollInterval(Duration.ofMillis(500))
			.until(() -> invoke("zurich").getStatusCode() == 200);
	}

	private static HttpResponseMessage invoke(String query) {
		return new AzureSearchFunction().run(new AzureHttpRequest(HttpMethod.GET, Map.of("q", query)),
				AzureHttpRequest.context("invocation"));
	}

}
