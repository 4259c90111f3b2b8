package io.github.elasticstarter.sample;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.transport.rest5_client.low_level.Request;
import co.elastic.clients.transport.rest5_client.low_level.Rest5Client;
import io.github.elasticstarter.autoconfigure.ElasticProperties;
import org.apache.hc.core5.http.ParseException;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringApplicationRunListener;
import org.springframework.boot.bootstrap.ConfigurableBootstrapContext;
import org.springframework.cloud.function.adapter.aws.FunctionInvoker;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@code searchCities} function through the AWS Lambda adapter's own handler, the way
 * Lambda calls it ({@code FunctionInvoker.handleRequest} with streams), against the local
 * node. The invoker builds the application context itself (without a web server); a run
 * listener hook hands that context to the test.
 */
class SearchFunctionTests {

	private static final int INVOCATIONS = 1_000;

	private static final JsonMapper json = JsonMapper.builder().build();

	private static ConfigurableApplicationContext context;

	private static FunctionInvoker invoker;

	@BeforeAll
	static void startTheHandlerAsLambdaWould() {
		// How the invoker finds the application outside a packaged jar.
		System.setProperty("MAIN_CLASS", SampleApplication.class.getName());
		try {
			AtomicReference<ConfigurableApplicationContext> started = new AtomicReference<>();
			invoker = SpringApplication.withHook((application) -> new SpringApplicationRunListener() {

				@Override
				public void environmentPrepared(ConfigurableBootstrapContext bootstrapContext,
						ConfigurableEnvironment environment) {
					environment.getPropertySources()
						.addFirst(new MapPropertySource("test", Map.of("sample.data.limit", CitySearchTests.CITIES)));
				}

				@Override
				public void started(ConfigurableApplicationContext startedContext, Duration timeTaken) {
					started.set(startedContext);
				}

			}, () -> new FunctionInvoker());
			context = started.get();
		}
		finally {
			System.clearProperty("MAIN_CLASS");
		}
	}

	@AfterAll
	static void close() {
		if (context != null) {
			context.close();
		}
	}

	@Test
	void findsCitiesThroughTheLambdaHandler() throws IOException {
		JsonNode hits = invoke("\"zurch\"", "first");
		assertThat(hits.isArray()).isTrue();
		assertThat(hits.get(0).get("name").asString()).isEqualTo("Zürich");
		assertThat(hits.size()).isBetween(1, SearchFunctionConfiguration.RESULT_SIZE);
	}

	/**
	 * After a first invocation, 1,000 more open no connection at all: the node's count of the
	 * connections it accepted does not move. The invocations run one after the other, as
	 * Lambda runs them in one execution environment, so one warm pooled connection serves them
	 * all; a client built per invocation, or a connection closed after each request, would
	 * show here.
	 */
	@Test
	void thousandInvocationsShareOneClientAndOpenNoNewConnection() throws IOException {
		assertThat(context.getBeansOfType(ElasticsearchClient.class)).hasSize(1);
		Rest5Client lowLevelClient = context.getBean(Rest5Client.class);
		int poolSize = context.getBean(ElasticProperties.class).getPool().getMaxConnectionsPerRoute();

		invoke("\"bern\"", "first");
		long openedBefore = connectionsOpenedByTheNode(lowLevelClient);
		for (int i = 0; i < INVOCATIONS; i++) {
			JsonNode hits = invoke("\"" + (i % 2 == 0 ? "basel" : "lausane") + "\"", "request-" + i);
			assertThat(hits.size()).as("hits of invocation %d", i).isPositive();
		}
		long opened = connectionsOpenedByTheNode(lowLevelClient) - openedBefore;

		System.out.printf("%d invocations made the node open %d HTTP connection(s) (pool size %d)%n", INVOCATIONS,
				opened, poolSize);
		assertThat(opened).isZero();
	}

	private static JsonNode invoke(String event, String requestId) throws IOException {
		ByteArrayOutputStream output = new ByteArrayOutputStream();
		invoker.handleRequest(new ByteArrayInputStream(event.getBytes(StandardCharsets.UTF_8)), output,
				new LambdaContextStub(requestId));
		return json.readTree(output.toString(StandardCharsets.UTF_8));
	}

	/** The node's own count of HTTP connections it ever accepted: {@code nodes.*.http.total_opened}. */
	private static long connectionsOpenedByTheNode(Rest5Client client) throws IOException {
		try {
			String body = EntityUtils.toString(client.performRequest(new Request("GET", "/_nodes/stats/http"))
				.getEntity());
			long total = 0;
			for (JsonNode node : json.readTree(body).get("nodes")) {
				total += node.at("/http/total_opened").asLong();
			}
			return total;
		}
		catch (ParseException ex) {
			throw new IOException(ex);
		}
	}

}
