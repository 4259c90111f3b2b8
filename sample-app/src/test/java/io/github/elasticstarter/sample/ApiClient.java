package io.github.elasticstarter.sample;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A plain JDK HTTP client for the sample's API, as any other client would call it.
 */
final class ApiClient {

	private static final JsonMapper json = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final String baseUri;

	ApiClient(int port) {
		this.baseUri = "http://localhost:" + port;
	}

	Reply get(String path) {
		return send(HttpRequest.newBuilder(URI.create(this.baseUri + path)).GET());
	}

	Reply post(String path, String jsonBody) {
		return send(HttpRequest.newBuilder(URI.create(this.baseUri + path))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(jsonBody)));
	}

	Reply delete(String path) {
		return send(HttpRequest.newBuilder(URI.create(this.baseUri + path)).DELETE());
	}

	private Reply send(HttpRequest.Builder request) {
		try {
			HttpResponse<String> response = this.http.send(request.timeout(Duration.ofSeconds(30)).build(),
					HttpResponse.BodyHandlers.ofString());
			return new Reply(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
					response.headers().firstValue("Location").orElse(null), response.body());
		}
		catch (IOException ex) {
			throw new IllegalStateException("Request to " + this.baseUri + " failed", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * An answer: status, content type, {@code Location} header and body.
	 */
	record Reply(int status, String contentType, String location, String body) {

		JsonNode json() {
			return ApiClient.json.readTree(this.body);
		}

	}

}
