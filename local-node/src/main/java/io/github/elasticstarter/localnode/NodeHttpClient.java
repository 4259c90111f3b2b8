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

/** Sends requests to one node as the superuser (or with a given {@code Authorization} header), trusting its CA. */
final class NodeHttpClient {

	private final URI baseUri;
	private final HttpClient client;
	private final String basicAuthorization;

	NodeHttpClient(URI baseUri, SSLContext sslContext, String user, String password) {
		this.baseUri = baseUri;
		this.client = HttpClient.newBuilder().sslContext(sslContext).connectTimeout(Duration.ofSeconds(5)).build();
		this.basicAuthorization = "Basic " + Base64.getEncoder()
			.encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
	}

	/** GET as the superuser. */
	HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return get(path, basicAuthorization);
	}

	/** GET with the given {@code Authorization} header. */
	HttpResponse<String> get(String path, String authorization) throws IOException, InterruptedException {
		return client.send(request(path).header("Authorization", authorization).GET().build(),
				HttpResponse.BodyHandlers.ofString());
	}

	/** POST a JSON body as the superuser. */
	HttpResponse<String> post(String path, String json) throws IOException, InterruptedException {
		return client.send(request(path).header("Authorization", basicAuthorization)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(baseUri.resolve(path)).timeout(Duration.ofSeconds(30));
	}
}
