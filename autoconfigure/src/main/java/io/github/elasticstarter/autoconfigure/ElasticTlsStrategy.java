package io.github.elasticstarter.autoconfigure;

import java.security.NoSuchAlgorithmException;

import javax.net.ssl.HostnameVerifier;
import javax.net.ssl.SSLContext;

import co.elastic.clients.transport.TransportUtils;
import io.github.elasticstarter.autoconfigure.ElasticProperties.VerificationMode;
import org.apache.hc.client5.http.ssl.DefaultClientTlsStrategy;
import org.apache.hc.client5.http.ssl.HostnameVerificationPolicy;
import org.apache.hc.client5.http.ssl.HttpsSupport;
import org.apache.hc.client5.http.ssl.NoopHostnameVerifier;
import org.apache.hc.core5.http.nio.ssl.TlsStrategy;
import org.apache.hc.core5.reactor.ssl.SSLBufferMode;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.ssl.SslBundle;
import org.springframework.boot.ssl.SslOptions;

/**
 * Builds the TLS strategy of the connection pool from the trust the connection details name
 * (an SSL bundle, a CA fingerprint, or the JVM's trust store) and the verification mode.
 */
final class ElasticTlsStrategy {

	private ElasticTlsStrategy() {
	}

	static TlsStrategy create(ElasticConnectionDetails connectionDetails, VerificationMode mode) {
		return create(connectionDetails.getSslBundle(), connectionDetails.getCaFingerprint(), mode);
	}

	/**
	 * Build the TLS strategy from the given trust, such as an SSL bundle that was just reloaded.
	 */
	static TlsStrategy create(@Nullable SslBundle bundle, @Nullable String caFingerprint, VerificationMode mode) {
		SslOptions options = (bundle != null) ? bundle.getOptions() : SslOptions.NONE;
		HostnameVerifier hostnameVerifier = (mode == VerificationMode.FULL) ? HttpsSupport.getDefaultHostnameVerifier()
				: NoopHostnameVerifier.INSTANCE;
		// CLIENT: HttpClient's verifier alone checks host names. HttpClient 5.5 defaults to it, 5.6 to
		// the JSSE's check as well, which fails first with another exception (and would ignore
		// verification-mode: certificate); naming the policy keeps one behaviour on both.
		return new DefaultClientTlsStrategy(sslContext(bundle, caFingerprint, mode), options.getEnabledProtocols(),
				options.getCiphers(), SSLBufferMode.STATIC, HostnameVerificationPolicy.CLIENT, hostnameVerifier);
	}

	private static SSLContext sslContext(@Nullable SslBundle bundle, @Nullable String caFingerprint,
			VerificationMode mode) {
		if (mode == VerificationMode.NONE) {
			return TransportUtils.insecureSSLContext();
		}
		if (caFingerprint != null) {
			return CaFingerprintTrustManager.sslContext(CaFingerprint.normalize(caFingerprint));
		}
		if (bundle != null) {
			return bundle.createSslContext();
		}
		try {
			return SSLContext.getDefault();
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("The JVM offers no default TLS context", ex);
		}
	}

}
