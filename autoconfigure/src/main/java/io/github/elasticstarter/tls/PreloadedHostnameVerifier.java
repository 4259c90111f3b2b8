package io.github.elasticstarter.tls;

import java.security.cert.X509Certificate;
import java.util.concurrent.CompletableFuture;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLSession;

import org.apache.hc.client5.http.ssl.HttpClientHostnameVerifier;
import org.apache.hc.client5.http.ssl.HttpsSupport;

/**
 * HttpClient's default host name verifier, whose public suffix list (thousands of rules, parsed
 * once per JVM) is loaded on a thread of its own from the moment the first TLS strategy is built,
 * as Spring Boot's background pre-initializer does for other costly first uses: the start-up
 * thread goes on building the application, and the first TLS handshake waits only for what is
 * left of it. Verifying delegates to it unchanged, so a mismatch fails as with HttpClient's own.
 */
final class PreloadedHostnameVerifier implements HttpClientHostnameVerifier {

	static final PreloadedHostnameVerifier INSTANCE = new PreloadedHostnameVerifier();

	private final CompletableFuture<HttpClientHostnameVerifier> verifier = new CompletableFuture<>();

	private PreloadedHostnameVerifier() {
		Thread loader = new Thread(this::load, "elastic-public-suffix-list");
		loader.setDaemon(true);
		loader.start();
	}

	private void load() {
		try {
			this.verifier.complete((HttpClientHostnameVerifier) HttpsSupport.getDefaultHostnameVerifier());
		}
		catch (RuntimeException | Error ex) {
			this.verifier.completeExceptionally(ex);
		}
	}

	@Override
	public void verify(String host, X509Certificate certificate) throws SSLException {
		this.verifier.join().verify(host, certificate);
	}

	@Override
	public boolean verify(String host, SSLSession session) {
		return this.verifier.join().verify(host, session);
	}

}
