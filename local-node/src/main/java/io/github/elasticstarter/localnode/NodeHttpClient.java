package io.github.elasticstarter.localnode;

import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.Base64;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509ExtendedTrustManager;

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
		return send("POST", path, json);
	}

	/** Send a request with a JSON body as the superuser. */
	HttpResponse<String> send(String method, String path, String json) throws IOException, InterruptedException {
		return client.send(request(path).header("Authorization", basicAuthorization)
			.header("Content-Type", "application/json")
			.method(method, HttpRequest.BodyPublishers.ofString(json))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	/**
	 * An SSL context that accepts any server certificate for any host name: only for this module's own calls to a
	 * node that serves a certificate the caller supplied, which tests may have made invalid on purpose.
	 */
	static SSLContext acceptingAnyCertificate() {
		X509ExtendedTrustManager acceptAll = new X509ExtendedTrustManager() {
			@Override
			public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket) {
			}

			@Override
			public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket) {
			}

			@Override
			public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine) {
			}

			@Override
			public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine) {
			}

			@Override
			public void checkClientTrusted(X509Certificate[] chain, String authType) {
			}

			@Override
			public void checkServerTrusted(X509Certificate[] chain, String authType) {
			}

			@Override
			public X509Certificate[] getAcceptedIssuers() {
				return new X509Certificate[0];
			}
		};
		try {
			SSLContext context = SSLContext.getInstance("TLS");
			context.init(null, new TrustManager[] { acceptAll }, null);
			return context;
		}
		catch (GeneralSecurityException ex) {
			throw new LocalElasticsearchException("Could not create an SSL context", ex);
		}
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(baseUri.resolve(path)).timeout(Duration.ofSeconds(30));
	}
}
