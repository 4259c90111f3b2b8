package io.github.elasticstarter.localnode;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import javax.net.ssl.SSLContext;

/** Plain {@link HttpClient} calls for the tests (this module has no Elasticsearch client). */
final class Requests {

	private Requests() {
	}

	static HttpClient client(SSLContext sslContext) {
		return HttpClient.newBuilder().sslContext(sslContext).connectTimeout(Duration.ofSeconds(5)).build();
	}

	static String basic(String user, String password) {
		return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
	}

	static HttpResponse<String> get(HttpClient client, URI baseUri, String path, String authorization)
			throws IOException, InterruptedException {
		HttpRequest request = HttpRequest.newBuilder(baseUri.resolve(path))
			.timeout(Duration.ofSeconds(30))
			.header("Authorization", authorization)
			.GET()
			.build();
		return client.send(request, HttpResponse.BodyHandlers.ofString());
	}

	static HttpResponse<String> get(LocalElasticsearch node, String path, String authorization)
			throws IOException, InterruptedException {
		return get(client(node.sslContext()), node.baseUri(), path, authorization);
	}
}
