package io.github.elasticstarter.tls;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.HexFormat;

/**
 * What a certificate shows of itself: public data only.
 *
 * @param subject the subject's distinguished name
 * @param issuer the issuer's distinguished name
 * @param notAfter when it expires
 * @param sha256 its SHA-256 fingerprint, colon-separated upper-case hex as {@code openssl} prints it
 */
public record CertificateView(String subject, String issuer, Instant notAfter, String sha256) {

	static CertificateView of(X509Certificate certificate) {
		return new CertificateView(certificate.getSubjectX500Principal().getName(),
				certificate.getIssuerX500Principal().getName(), certificate.getNotAfter().toInstant(),
				fingerprint(certificate));
	}

	private static String fingerprint(X509Certificate certificate) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded());
			return HexFormat.ofDelimiter(":").withUpperCase().formatHex(digest);
		}
		catch (NoSuchAlgorithmException | CertificateEncodingException ex) {
			throw new IllegalStateException("Cannot compute a certificate's SHA-256 fingerprint", ex);
		}
	}

}
