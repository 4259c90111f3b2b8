package io.github.elasticstarter.tls;

import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.stream.Collectors;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;

/**
 * Trusts the certificate authority with a given SHA-256 fingerprint, and only it. The CA must
 * be part of the chain the server sends (Elasticsearch sends it when its certificate file
 * holds the chain, as the files it generates do); the chain is then validated up to that CA,
 * so that a server cannot pass by merely appending the public CA certificate to a chain it
 * forged.
 */
final class CaFingerprintTrustManager implements X509TrustManager {

	private final byte[] fingerprint;

	CaFingerprintTrustManager(String normalizedFingerprint) {
		this.fingerprint = CaFingerprint.bytes(normalizedFingerprint);
	}

	static SSLContext sslContext(String normalizedFingerprint) {
		try {
			SSLContext context = SSLContext.getInstance("TLS");
			context.init(null, new TrustManager[] { new CaFingerprintTrustManager(normalizedFingerprint) }, null);
			return context;
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("The JVM offers no TLS implementation", ex);
		}
	}

	@Override
	public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
		X509Certificate pinned = Arrays.stream(chain)
			.filter(this::matchesFingerprint)
			.findFirst()
			.orElseThrow(() -> new CertificateException("No certificate in the server's chain has the SHA-256 "
					+ "fingerprint " + HexFormat.of().formatHex(this.fingerprint)
					+ " set in 'elastic.ssl.ca-fingerprint'. The server sent: " + subjects(chain)));
		trusting(pinned).checkServerTrusted(chain, authType);
	}

	@Override
	public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
		throw new CertificateException("This trust manager only checks servers");
	}

	@Override
	public X509Certificate[] getAcceptedIssuers() {
		return new X509Certificate[0];
	}

	private boolean matchesFingerprint(X509Certificate certificate) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded());
			return MessageDigest.isEqual(digest, this.fingerprint);
		}
		catch (NoSuchAlgorithmException | CertificateException ex) {
			throw new IllegalStateException("Cannot compute a certificate's SHA-256 fingerprint", ex);
		}
	}

	private static X509TrustManager trusting(X509Certificate anchor) throws CertificateException {
		try {
			KeyStore trustStore = KeyStore.getInstance(KeyStore.getDefaultType());
			trustStore.load(null, null);
			trustStore.setCertificateEntry("pinned-ca", anchor);
			TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
			factory.init(trustStore);
			return (X509TrustManager) factory.getTrustManagers()[0];
		}
		catch (GeneralSecurityException | java.io.IOException ex) {
			throw new CertificateException("Cannot build a trust store for the pinned CA", ex);
		}
	}

	private static String subjects(X509Certificate[] chain) {
		return Arrays.stream(chain)
			.map((certificate) -> certificate.getSubjectX500Principal().getName())
			.collect(Collectors.joining(" <- ", "[", "]"));
	}

}
