package io.github.elasticstarter.integration;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import javax.net.ssl.SSLContext;

import io.github.elasticstarter.localnode.LocalElasticsearch;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The node's own view of its HTTP clients ({@code GET /_nodes/stats/http}) and of its open search
 * contexts, read with the JDK's HTTP client so that reading does not disturb the pool under test.
 */
final class NodeHttpStats {

	private final LocalElasticsearch node;

	private final HttpClient http;

	NodeHttpStats(LocalElasticsearch node) {
		this(node, node.sslContext());
	}

	/**
	 * Read the stats of a node whose certificate is not from the local nodes' CA.
	 */
	NodeHttpStats(LocalElasticsearch node, SSLContext trust) {
		this.node = node;
		this.http = HttpClient.newBuilder().sslContext(trust).build();
	}

	/**
	 * One HTTP connection as the node saw it.
	 * @param opaqueId the {@code X-Opaque-Id} of its last request
	 * @param open whether it is still open
	 * @param requests how many requests it carried
	 */
	record Connection(String opaqueId, boolean open, long requests) {
	}

	/**
	 * The connections whose last request carried the given opaque id.
	 */
	List<Connection> connections(String opaqueId) throws IOException, InterruptedException {
		List<Connection> connections = new ArrayList<>();
		for (JsonNode nodeStats : stats().get("nodes")) {
			for (JsonNode client : nodeStats.get("http").get("clients")) {
				if (opaqueId.equals(client.path("x_opaque_id").asText(null))) {
					connections.add(new Connection(opaqueId, !client.has("closed_time_millis"),
							client.path("request_count").asLong()));
				}
			}
		}
		return connections;
	}

	/**
	 * How many HTTP connections the node has accepted since it started.
	 */
	long totalOpened() throws IOException, InterruptedException {
		long total = 0;
		for (JsonNode nodeStats : stats().get("nodes")) {
			total += nodeStats.get("http").get("total_opened").asLong();
		}
		return total;
	}

	/**
	 * How many search contexts the node holds open: those of points in time and of scrolls
	 * ({@code indices.search.open_contexts}).
	 */
	long openSearchContexts() throws IOException, InterruptedException {
		long open = 0;
		for (JsonNode nodeStats : stats("indices/search").get("nodes")) {
			open += nodeStats.get("indices").get("search").get("open_contexts").asLong();
		}
		return open;
	}

	private JsonNode stats() throws IOException, InterruptedException {
		return stats("http");
	}

	private JsonNode stats(String metrics) throws IOException, InterruptedException {
		String credentials = this.node.superuserName() + ":" + this.node.superuserPassword();
		HttpRequest request = HttpRequest.newBuilder(URI.create(this.node.baseUri() + "_nodes/stats/" + metrics))
			.header("Authorization",
					"Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)))
			.timeout(Duration.ofSeconds(30))
			.build();
		HttpResponse<String> response = this.http.send(request, HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != 200) {
			throw new IOException("_nodes/stats/" + metrics + " answered " + response.statusCode() + ": " + response.body());
		}
		return JsonMapper.shared().readTree(response.body());
	}

}
