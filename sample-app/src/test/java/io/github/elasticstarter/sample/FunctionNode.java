package io.github.elasticstarter.sample;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;

import io.github.elasticstarter.localnode.ApiKey;
import io.github.elasticstarter.localnode.LocalElasticsearch;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * The real node that the function runtime tests run the functions against, one per test JVM:
 * HTTPS, an API key for the functions, and the first {@value CitySearchTests#CITIES} cities,
 * loaded by the sample's own loader. The functions reach it through environment variables only,
 * as they would reach Elastic Cloud.
 */
final class FunctionNode {

	private static final JsonMapper json = JsonMapper.builder().build();

	private static @Nullable FunctionNode shared;

	private final LocalElasticsearch node;

	private final ApiKey apiKey;

	private FunctionNode(LocalElasticsearch node, ApiKey apiKey) {
		this.node = node;
		this.apiKey = apiKey;
	}

	static synchronized FunctionNode get() {
		if (shared == null) {
			LocalElasticsearch node = LocalElasticsearch.builder().https(true).start();
			FunctionNode started = new FunctionNode(node, node.createApiKey("functions"));
			started.loadCities();
			shared = started;
		}
		return shared;
	}

	private void loadCities() {
		new SpringApplicationBuilder(SampleApplication.class).web(WebApplicationType.NONE)
			.properties(Map.of("elastic.local-node.enabled", "false"))
			.run("--elastic.hosts=" + this.node.baseUri(), "--elastic.api-key=" + this.apiKey.encoded(),
					"--elastic.ssl.ca-fingerprint=" + this.node.caFingerprintSha256(),
					"--sample.data.limit=" + CitySearchTests.CITIES)
			.close();
	}

	/**
	 * @return the connection of a function to this node, as environment variables
	 */
	Map<String, String> environment() {
		return Map.of("ELASTIC_HOSTS", this.node.baseUri().toString(), "ELASTIC_API_KEY", this.apiKey.encoded(),
				"ELASTIC_SSL_CAFINGERPRINT", this.node.caFingerprintSha256());
	}

	/**
	 * Stops the node (keeping its data and port), runs the check, and starts the node again,
	 * also when the check failed.
	 */
	void whileStopped(Runnable check) {
		this.node.stopKeepingData();
		try {
			check.run();
		}
		finally {
			this.node.startAgain();
		}
	}

	/**
	 * The node's own count of the HTTP connections it ever accepted
	 * ({@code nodes.*.http.total_opened}), asked on a new connection of its own: that one is
	 * counted too, so between two counts the functions opened {@code after - before - 1}.
	 */
	long connectionsOpened() throws IOException, InterruptedException {
		HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
			.sslContext(this.node.sslContext())
			.connectTimeout(Duration.ofSeconds(10)).build();
		String credentials = this.node.superuserName() + ":" + this.node.superuserPassword();
		HttpRequest request = HttpRequest.newBuilder(this.node.baseUri().resolve(URI.create("/_nodes/stats/http")))
			.header("Authorization",
					"Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)))
			.timeout(Duration.ofSeconds(30))
			.build();
		HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != 200) {
			throw new IllegalStateException("GET _nodes/stats/http answered " + response.statusCode());
		}
		long total = 0;
		for (JsonNode node : json.readTree(response.body()).get("nodes")) {
			total += node.at("/http/total_opened").asLong();
		}
		return total;
	}

}
