package io.github.elasticstarter.sample;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.util.List;
import java.util.stream.StreamSupport;

import io.github.elasticstarter.autoconfigure.ElasticConnectionDetails;
import io.github.elasticstarter.localnode.spring.LocalElasticsearchConnectionDetails;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The HTTP API against a real node: the local one that the starter's development services
 * start, since no connection is configured. A subset of the cities keeps the load short; it
 * holds every Swiss city.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "sample.data.limit=" + CitySearchTests.CITIES)
@ExtendWith(OutputCaptureExtension.class)
class CitySearchTests {

	static final int CITIES = 25_000;

	@LocalServerPort
	private int port;

	@Autowired
	private CityIndex index;

	@Autowired
	private CityLoader loader;

	@Autowired
	private ElasticConnectionDetails connection;

	private ApiClient api() {
		return new ApiClient(this.port);
	}

	@Test
	void runsOnTheLocalNodeWithTheCitiesLoaded() throws IOException {
		assertThat(this.connection).isInstanceOf(LocalElasticsearchConnectionDetails.class);
		// At least: other tests add cities.
		assertThat(this.index.count()).isGreaterThanOrEqualTo(CITIES);
	}

	@Test
	void searchToleratesTyposAndPrefersTheCityNamedSo() {
		// Not in the subset: a longer name that spells "Zurich" without the umlaut must not win.
		assertThat(api().post("/cities", "{\"name\":\"Lake Zurich\",\"country\":\"US\",\"admin1\":\"IL\","
				+ "\"lat\":42.19697,\"lon\":-88.09341}").status()).isEqualTo(201);
		ApiClient.Reply reply = api().get("/cities/search?q=zurch&size=10");
		assertThat(reply.status()).isEqualTo(200);
		JsonNode first = reply.json().get(0);
		assertThat(first.get("name").asString()).isEqualTo("Zürich");
		assertThat(first.get("country").asString()).isEqualTo("CH");
		assertThat(first.get("id").asString()).matches("[0-9a-f]{16}");
	}

	@Test
	void searchHonoursTheSize() {
		assertThat(api().get("/cities/search?q=zurich&size=3").json()).hasSize(3);
	}

	@Test
	void nearFindsTheClosestCitiesFirstWithTheirDistance() {
		ApiClient.Reply reply = api().get("/cities/near?lat=47.37&lon=8.54&km=25&size=20");
		assertThat(reply.status()).isEqualTo(200);
		List<Double> distances = StreamSupport.stream(reply.json().spliterator(), false)
			.map((hit) -> hit.get("distanceKm").asDouble())
			.toList();
		assertThat(distances).hasSize(20).isSorted().allSatisfy((km) -> assertThat(km).isBetween(0.0, 25.0));
		assertThat(reply.json().get(0).get("name").asString()).startsWith("Zürich");
	}

	@Test
	void getsACityById() {
		JsonNode found = api().get("/cities/search?q=geneve&size=1").json().get(0);
		ApiClient.Reply reply = api().get("/cities/" + found.get("id").asString());
		assertThat(reply.status()).isEqualTo(200);
		assertThat(reply.json().get("name").asString()).isEqualTo(found.get("name").asString());
		assertThat(reply.json().get("lat").asDouble()).isEqualTo(found.get("lat").asDouble());
	}

	@Test
	void addsACityThenGetsAndFindsIt() {
		ApiClient.Reply created = api().post("/cities",
				"{\"name\":\"Testingen am See\",\"country\":\"CH\",\"admin1\":\"ZH\",\"lat\":47.3,\"lon\":8.6}");
		assertThat(created.status()).isEqualTo(201);
		String id = created.json().get("id").asString();
		assertThat(id).matches("[0-9a-f]{16}");
		assertThat(created.location()).isEqualTo("/cities/" + id);

		ApiClient.Reply fetched = api().get("/cities/" + id);
		assertThat(fetched.status()).isEqualTo(200);
		assertThat(fetched.json().get("name").asString()).isEqualTo("Testingen am See");
		assertThat(fetched.json().get("admin1").asString()).isEqualTo("ZH");
		// Added with refresh=wait_for: searchable as soon as the POST returns.
		assertThat(api().get("/cities/search?q=testingn").json().findValuesAsString("id")).contains(id);
	}

	@Test
	void deletesAnAddedCityThenNeitherGetsNorFindsIt() {
		String id = api().post("/cities",
				"{\"name\":\"Loschingen\",\"country\":\"CH\",\"admin1\":\"BE\",\"lat\":46.9,\"lon\":7.4}")
			.json()
			.get("id")
			.asString();
		assertThat(api().get("/cities/search?q=loschingen").json().findValuesAsString("id")).contains(id);

		ApiClient.Reply deleted = api().delete("/cities/" + id);
		assertThat(deleted.status()).isEqualTo(204);
		assertThat(deleted.body()).isEmpty();
		assertThat(api().get("/cities/" + id).status()).isEqualTo(404);
		// Deleted with refresh=wait_for: gone from searches as soon as the DELETE returns.
		assertThat(api().get("/cities/search?q=loschingen").json().findValuesAsString("id")).doesNotContain(id);
	}

	@Test
	void deletingAnUnknownCityIs404ProblemDetail() {
		ApiClient.Reply reply = api().delete("/cities/0000000000000000");
		assertThat(reply.status()).isEqualTo(404);
		assertThat(reply.contentType()).isEqualTo("application/problem+json");
		assertThat(reply.json().get("detail").asString()).contains("0000000000000000");
		assertThat(api().delete("/cities/not-an-id").status()).isEqualTo(400);
	}

	@Test
	void addingTheSameCityAgainKeepsItsId() {
		String body = "{\"name\":\"Doppelwil\",\"country\":\"CH\",\"lat\":46.5,\"lon\":7.5}";
		String first = api().post("/cities", body).json().get("id").asString();
		assertThat(api().post("/cities", body).json().get("id").asString()).isEqualTo(first);
	}

	@ParameterizedTest
	@ValueSource(strings = { "/cities/search", "/cities/search?q=", "/cities/search?q=zurich&size=0",
			"/cities/search?q=zurich&size=101", "/cities/search?q=zurich&size=ten", "/cities/near?lon=8.54",
			"/cities/near?lat=90.5&lon=8.54", "/cities/near?lat=47.37&lon=-181", "/cities/near?lat=north&lon=8",
			"/cities/near?lat=47.37&lon=8.54&km=0", "/cities/near?lat=47.37&lon=8.54&size=1000", "/cities/not-an-id" })
	void badParametersAre400ProblemDetails(String path) {
		ApiClient.Reply reply = api().get(path);
		assertThat(reply.status()).isEqualTo(400);
		assertThat(reply.contentType()).isEqualTo("application/problem+json");
		assertThat(reply.json().get("status").asInt()).isEqualTo(400);
		assertThat(reply.json().get("detail").asString()).isNotBlank();
		assertThat(reply.body()).doesNotContain("Exception", "\tat ", "trace");
	}

	@Test
	void invalidNewCitiesAre400ProblemDetailsNamingTheFields() {
		ApiClient.Reply reply = api().post("/cities", "{\"name\":\" \",\"country\":\"Swiss\",\"lat\":91}");
		assertThat(reply.status()).isEqualTo(400);
		assertThat(reply.contentType()).isEqualTo("application/problem+json");
		assertThat(reply.json().get("detail").asString()).contains("name: must not be blank", "country: ",
				"lat: must be less than or equal to 90", "lon: must not be null");
		assertThat(api().post("/cities", "{not json").status()).isEqualTo(400);
	}

	@Test
	void unknownIdIs404ProblemDetail() {
		ApiClient.Reply reply = api().get("/cities/0000000000000000");
		assertThat(reply.status()).isEqualTo(404);
		assertThat(reply.contentType()).isEqualTo("application/problem+json");
		assertThat(reply.json().get("detail").asString()).contains("0000000000000000");
	}

	@Test
	void healthShowsTheElasticComponentUp() {
		ApiClient.Reply reply = api().get("/actuator/health");
		assertThat(reply.status()).isEqualTo(200);
		assertThat(reply.json().at("/components/elastic/status").asString()).isEqualTo("UP");
		assertThat(reply.json().at("/components/elastic/details/status").asString()).isIn("green", "yellow");
	}

	@Test
	void loadingAgainDoesNotDuplicate() throws IOException {
		this.index.loaded();
		long before = this.index.count();
		LoadSummary summary = this.loader.load();
		this.index.loaded();
		assertThat(summary.failed()).isZero();
		assertThat(summary.succeeded()).isEqualTo(CITIES);
		assertThat(this.index.count()).isEqualTo(before);
	}

	/**
	 * A second application whose {@code elastic.hosts} names a closed port: the local node is not
	 * started for it, start-up logs the failed load and carries on, and requests answer 503 with
	 * the reason.
	 */
	@Test
	void elasticsearchUnreachableIs503WithTheReason(CapturedOutput output) throws IOException {
		int closedPort;
		try (ServerSocket socket = new ServerSocket(0)) {
			closedPort = socket.getLocalPort();
		}
		try (ConfigurableApplicationContext unreachable = new SpringApplicationBuilder(SampleApplication.class)
			.run("--server.port=0", "--elastic.hosts=http://127.0.0.1:" + closedPort)) {
			assertThat(unreachable.getBeansOfType(LocalElasticsearchConnectionDetails.class)).isEmpty();
			assertThat(unreachable.getBean(ElasticConnectionDetails.class).getNodes())
				.containsExactly(URI.create("http://127.0.0.1:" + closedPort));
			assertThat(output).contains("Could not load the cities into index 'cities': Elasticsearch is unreachable");

			ApiClient api = new ApiClient(unreachable.getEnvironment().getProperty("local.server.port", Integer.class));
			ApiClient.Reply reply = api.get("/cities/search?q=zurich");
			assertThat(reply.status()).isEqualTo(503);
			assertThat(reply.contentType()).isEqualTo("application/problem+json");
			assertThat(reply.json().get("detail").asString()).startsWith("Elasticsearch is unreachable: ")
				.containsIgnoringCase("refused");
			assertThat(reply.body()).doesNotContain("\tat ", "trace");
			assertThat(api.get("/cities/0000000000000000").status()).isEqualTo(503);
			assertThat(api.get("/actuator/health")).satisfies((health) -> {
				assertThat(health.status()).isEqualTo(503);
				assertThat(health.json().at("/components/elastic/status").asString()).isEqualTo("DOWN");
			});
		}
	}

}
