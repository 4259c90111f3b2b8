package io.github.elasticstarter.localnode;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.CertificateEncodingException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/** The generated CA certificate: its PEM file, the parsed certificate, its fingerprint and an SSL context trusting it. */
final class CaCertificate {

	private final Path path;
	private final String pem;
	private final X509Certificate certificate;
	private final SSLContext sslContext;

	CaCertificate(Path path) {
		try {
			this.path = path;
			this.pem = Files.readString(path, StandardCharsets.US_ASCII);
			this.certificate = (X509Certificate) CertificateFactory.getInstance("X.509")
				.generateCertificate(new ByteArrayInputStream(pem.getBytes(StandardCharsets.US_ASCII)));
			this.sslContext = trusting(certificate);
		}
		catch (IOException | GeneralSecurityException ex) {
			throw new LocalElasticsearchException("Could not read the CA certificate " + path, ex);
		}
	}

	private static SSLContext trusting(X509Certificate certificate) throws GeneralSecurityException, IOException {
		KeyStore trustStore = KeyStore.getInstance(KeyStore.getDefaultType());
		trustStore.load(null, null);
		trustStore.setCertificateEntry("elastic-local-node-ca", certificate);
		TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
		factory.init(trustStore);
		SSLContext context = SSLContext.getInstance("TLS");
		context.init(null, factory.getTrustManagers(), null);
		return context;
	}

	Path path() {
		return path;
	}

	String pem() {
		return pem;
	}

	X509Certificate certificate() {
		return certificate;
	}

	/** @return lowercase hex SHA-256 of the DER encoding, no colons (the form Elasticsearch clients accept) */
	String fingerprintSha256() {
		try {
			return Digests.sha256Hex(certificate.getEncoded());
		}
		catch (CertificateEncodingException ex) {
			throw new LocalElasticsearchException("Could not encode the CA certificate", ex);
		}
	}

	SSLContext sslContext() {
		return sslContext;
	}
}
