package io.github.elasticstarter.benchmarks;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import io.github.elasticstarter.localnode.LocalElasticsearch;
import org.jspecify.annotations.Nullable;

/**
 * The index every load writes to, managed straight on the node (not through the counting
 * proxy): deleted and created again before each load with the sample's settings and mapping,
 * and counted after it.
 */
final class BulkIndex {

	/**
	 * The sample's cities index: one shard, no replica, no periodic refresh during the load,
	 * strict mapping.
	 */
	private static final String DEFINITION = """
			{"settings": {"number_of_shards": 1, "number_of_replicas": 0, "refresh_interval": "-1"},
			 "mappings": {"dynamic": "strict", "properties": {
			   "name": {"type": "text", "analyzer": "standard",
			            "fields": {"keyword": {"type": "keyword", "ignore_above": 256}}},
			   "asciiName": {"type": "text", "analyzer": "standard"},
			   "country": {"type": "keyword"},
			   "admin1": {"type": "keyword"},
			   "location": {"type": "geo_point"}}}}
			""";

	private final String name;

	private final URI base;

	private final String authorization;

	private final HttpClient http;

	BulkIndex(LocalElasticsearch node, String name) {
		this.name = name;
		this.base = URI.create(node.baseUri().toString().replaceFirst("/?$", "/"));
		this.authorization = "Basic " + Base64.getEncoder()
			.encodeToString((node.superuserName() + ":" + node.superuserPassword()).getBytes(StandardCharsets.UTF_8));
		this.http = HttpClient.newBuilder().sslContext(node.sslContext()).connectTimeout(Duration.ofSeconds(10)).build();
	}

	String name() {
		return this.name;
	}

	void recreate() throws IOException, InterruptedException {
		send("DELETE", this.name + "?ignore_unavailable=true", null);
		send("PUT", this.name, DEFINITION);
	}

	long countAfterRefresh() throws IOException, InterruptedException {
		send("POST", this.name + "/_refresh", null);
		String body = send("GET", this.name + "/_count", null);
		return Long.parseLong(body.replaceAll("(?s).*\"count\":(\\d+).*", "$1"));
	}

	private String send(String method, String path, @Nullable String json) throws IOException, InterruptedException {
		HttpRequest request = HttpRequest.newBuilder(this.base.resolve(path))
			.timeout(Duration.ofMinutes(2))
			.header("Authorization", this.authorization)
			.header("Content-Type", "application/json")
			.method(method, (json != null) ? BodyPublishers.ofString(json) : BodyPublishers.noBody())
			.build();
		var response = this.http.send(request, BodyHandlers.ofString());
		if (response.statusCode() >= 300) {
			throw new IllegalStateException(method + " " + path + " answered " + response.statusCode() + ": "
					+ response.body());
		}
		return response.body();
	}

}
