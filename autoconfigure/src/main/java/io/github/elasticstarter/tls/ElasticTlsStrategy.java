package io.github.elasticstarter.tls;

import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.NoSuchAlgorithmException;
import javax.net.ssl.HostnameVerifier;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;

import co.elastic.clients.transport.TransportUtils;
import org.apache.hc.client5.http.ssl.DefaultClientTlsStrategy;
import org.apache.hc.client5.http.ssl.HostnameVerificationPolicy;
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
public final class ElasticTlsStrategy {

	private ElasticTlsStrategy() {
	}

	/**
	 * Build the TLS strategy from the given trust, such as an SSL bundle that was just reloaded.
	 * @param bundle the SSL bundle to trust, if any
	 * @param caFingerprint the SHA-256 fingerprint of the CA to trust alone, if any
	 * @param mode how the server's certificate is checked
	 * @param chains where the chain each server presents is recorded
	 * @return the TLS strategy
	 */
	public static TlsStrategy create(@Nullable SslBundle bundle, @Nullable String caFingerprint, VerificationMode mode,
			PresentedChains chains) {
		SslOptions options = (bundle != null) ? bundle.getOptions() : SslOptions.NONE;
		HostnameVerifier hostnameVerifier = (mode == VerificationMode.FULL) ? PreloadedHostnameVerifier.INSTANCE
				: NoopHostnameVerifier.INSTANCE;
		// CLIENT: HttpClient's verifier alone checks host names. HttpClient 5.5 defaults to it, 5.6 to
		// the JSSE's check as well, which fails first with another exception (and would ignore
		// verification-mode: certificate); naming the policy keeps one behaviour on both.
		return new DefaultClientTlsStrategy(sslContext(bundle, caFingerprint, mode, chains), options.getEnabledProtocols(),
				options.getCiphers(), SSLBufferMode.STATIC, HostnameVerificationPolicy.CLIENT, hostnameVerifier);
	}

	// The trust managers are wrapped so that the chain each server presents is recorded, even when
	// it is refused: that is when the endpoint and the start-up check need it most.
	private static SSLContext sslContext(@Nullable SslBundle bundle, @Nullable String caFingerprint,
			VerificationMode mode, PresentedChains chains) {
		if (mode == VerificationMode.NONE) {
			return TransportUtils.insecureSSLContext();
		}
		try {
			if (caFingerprint != null) {
				TrustManager pinned = new CaFingerprintTrustManager(CaFingerprint.normalize(caFingerprint));
				return sslContext("TLS", null, chains.recording(new TrustManager[] { pinned }));
			}
			if (bundle != null) {
				// What SslBundle.createSslContext() does, with recording trust managers
				return sslContext(bundle.getProtocol(), bundle.getManagers().getKeyManagers(),
						chains.recording(bundle.getManagers().getTrustManagers()));
			}
			if (System.getProperty("javax.net.ssl.keyStore") != null) {
				// The JVM's default context also holds that client key: keep it, unrecorded.
				return SSLContext.getDefault();
			}
			TrustManagerFactory jvmTrust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
			jvmTrust.init((KeyStore) null);
			return sslContext("TLS", null, chains.recording(jvmTrust.getTrustManagers()));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("The JVM offers no default TLS context", ex);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Cannot build the TLS context: " + ex.getMessage(), ex);
		}
	}

	private static SSLContext sslContext(String protocol, javax.net.ssl.KeyManager @Nullable [] keyManagers,
			TrustManager[] trustManagers) throws GeneralSecurityException {
		SSLContext context = SSLContext.getInstance(protocol);
		context.init(keyManagers, trustManagers, null);
		return context;
	}

}
