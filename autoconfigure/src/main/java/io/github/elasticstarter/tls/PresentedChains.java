package io.github.elasticstarter.tls;

import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;

import org.jspecify.annotations.Nullable;

/**
 * The certificate chain each server presented at its last TLS handshake, whether or not the
 * client trusted it: with a wrong pin the handshake fails, and the chain is what tells why.
 */
public final class PresentedChains {

	private final Map<String, PresentedChain> chains = new ConcurrentHashMap<>();

	/**
	 * Wrap the given trust managers so that they record each chain they are asked about.
	 * @param managers the trust managers of the client's TLS context
	 * @return the recording trust managers
	 */
	public TrustManager[] recording(TrustManager[] managers) {
		return Arrays.stream(managers)
			.map((manager) -> (manager instanceof X509TrustManager x509) ? new RecordingTrustManager(x509, this)
					: manager)
			.toArray(TrustManager[]::new);
	}

	void record(String server, X509Certificate[] chain, @Nullable String rejection) {
		List<CertificateView> certificates = Arrays.stream(chain).map(CertificateView::of).toList();
		this.chains.put(server, new PresentedChain(certificates, rejection == null, rejection, Instant.now()));
	}

	/**
	 * The last chain each server presented, by server ({@code host:port}).
	 * @return the chains
	 */
	public Map<String, PresentedChain> byServer() {
		return new TreeMap<>(this.chains);
	}

	/**
	 * A certificate chain as the server presented it.
	 * @param certificates the chain, the server's certificate first
	 * @param trusted whether the client's trust (pin, bundle or JVM) accepted it
	 * @param rejection why it did not, when it did not
	 * @param presentedAt when the handshake happened
	 */
	public record PresentedChain(List<CertificateView> certificates, boolean trusted, @Nullable String rejection,
			Instant presentedAt) {

		/**
		 * Whether a certificate of the chain has the given SHA-256 fingerprint.
		 * @param normalizedFingerprint lower-case hex, no colons
		 * @return whether the pin is in the chain
		 */
		public boolean contains(String normalizedFingerprint) {
			return this.certificates.stream()
				.anyMatch((certificate) -> certificate.sha256().replace(":", "").equalsIgnoreCase(normalizedFingerprint));
		}

	}

}
