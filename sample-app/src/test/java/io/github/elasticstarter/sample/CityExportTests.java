package io.github.elasticstarter.sample;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code GET /cities/export} against the real local node, on the same application (and the same
 * cities) as {@link CitySearchTests}: exactly the index's cities, or exactly those that match,
 * one JSON object per line.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "sample.data.limit=" + CitySearchTests.CITIES)
class CityExportTests {

	private static final JsonMapper json = JsonMapper.builder().build();

	@LocalServerPort
	private int port;

	@Autowired
	private CityIndex index;

	@Autowired
	private ElasticsearchClient client;

	private ApiClient api() {
		return new ApiClient(this.port);
	}

	@Test
	void exportsEveryCityOnceAsAJsonObjectPerLineWithItsId() throws IOException {
		ApiClient.Reply reply = api().get("/cities/export");
		assertThat(reply.status()).isEqualTo(200);
		assertThat(reply.contentType()).isEqualTo("application/x-ndjson");
		assertThat(reply.body()).endsWith("\n");
		List<JsonNode> cities = lines(reply);
		// At least the loaded ones: other tests of this application add cities.
		assertThat(cities).hasSize((int) this.index.count()).hasSizeGreaterThanOrEqualTo(CitySearchTests.CITIES);
		assertThat(cities).allSatisfy((city) -> {
			assertThat(city.get("id").asString()).matches("[0-9a-f]{16}");
			assertThat(city.get("name").asString()).isNotBlank();
			assertThat(city.at("/location/lat").isNumber()).isTrue();
		});
		assertThat(ids(cities)).hasSameSizeAs(cities);
		// Each line is the stored document with its id first: GET /cities/{id} gives back the same city.
		JsonNode first = cities.get(0);
		JsonNode stored = api().get("/cities/" + first.get("id").asString()).json();
		assertThat(stored.get("name").asString()).isEqualTo(first.get("name").asString());
		assertThat(stored.get("lat").asDouble()).isEqualTo(first.at("/location/lat").asDouble());
	}

	@Test
	void exportsExactlyTheCitiesThatMatchTheQuery() throws IOException {
		ApiClient.Reply reply = api().get("/cities/export?q=zurich");
		assertThat(reply.status()).isEqualTo(200);
		List<JsonNode> cities = lines(reply);
		long matching = this.client.count((count) -> count.index(this.index.name())
			.query(CitySearch.nameMatches("zurich"))).count();
		assertThat(matching).isPositive();
		assertThat(cities).hasSize((int) matching);
		assertThat(ids(cities)).hasSize((int) matching)
			.containsAll(api().get("/cities/search?q=zurich&size=5").json().findValuesAsString("id"));
		assertThat(cities).extracting((city) -> city.get("name").asString()).contains("Zürich");
	}

	@Test
	void aQueryThatMatchesNothingIsAnEmptyExport() {
		ApiClient.Reply reply = api().get("/cities/export?q=qqqqqqqqqqqqxz");
		assertThat(reply.status()).isEqualTo(200);
		assertThat(reply.contentType()).isEqualTo("application/x-ndjson");
		assertThat(reply.body()).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "%20%20", "%0A" })
	void blankQueriesAre400ProblemDetails(String q) {
		assertBadRequest(api().get("/cities/export?q=" + q), "q: must not be blank");
	}

	@Test
	void overlongQueryIs400ProblemDetail() {
		assertBadRequest(api().get("/cities/export?q=" + "z".repeat(201)), "q: size must be between 0 and 200");
	}

	private static void assertBadRequest(ApiClient.Reply reply, String detail) {
		assertThat(reply.status()).isEqualTo(400);
		assertThat(reply.contentType()).isEqualTo("application/problem+json");
		assertThat(reply.json().get("detail").asString()).isEqualTo(detail);
	}

	/** Before the first byte, an unreachable node is the API's usual 503, not a broken stream. */
	@Test
	void elasticsearchUnreachableIs503ProblemDetail() throws IOException {
		int closedPort;
		try (ServerSocket socket = new ServerSocket(0)) {
			closedPort = socket.getLocalPort();
		}
		try (ConfigurableApplicationContext unreachable = new SpringApplicationBuilder(SampleApplication.class)
			.run("--server.port=0", "--elastic.hosts=http://127.0.0.1:" + closedPort)) {
			ApiClient api = new ApiClient(unreachable.getEnvironment().getProperty("local.server.port", Integer.class));
			ApiClient.Reply reply = api.get("/cities/export?q=zurich");
			assertThat(reply.status()).isEqualTo(503);
			assertThat(reply.contentType()).isEqualTo("application/problem+json");
			assertThat(reply.json().get("detail").asString()).startsWith("Elasticsearch is unreachable: ")
				.containsIgnoringCase("refused");
		}
	}

	private static List<JsonNode> lines(ApiClient.Reply reply) {
		return reply.body().lines().map((line) -> {
			JsonNode city = json.readTree(line);
			assertThat(city.isObject()).as(line).isTrue();
			return city;
		}).toList();
	}

	private static Set<String> ids(List<JsonNode> cities) {
		return cities.stream().map((city) -> city.get("id").asString()).collect(Collectors.toSet());
	}

}
