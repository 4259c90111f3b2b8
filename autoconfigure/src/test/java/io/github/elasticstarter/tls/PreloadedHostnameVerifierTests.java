package io.github.elasticstarter.tls;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import javax.net.ssl.SSLException;

import io.github.elasticstarter.testsupport.TestCertificates;
import org.apache.hc.client5.http.ssl.HttpClientHostnameVerifier;
import org.apache.hc.client5.http.ssl.HttpsSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The host name verifier whose public suffix list loads in the background decides as
 * HttpClient's own and fails with its message; the whole path, a server whose certificate names
 * another host, is in {@link TlsFailureWireTests}.
 */
class PreloadedHostnameVerifierTests {

	@Test
	void refusesAnotherHostWithHttpClientsOwnMessage(@TempDir Path directory) throws Exception {
		X509Certificate certificate = localhostCertificate(directory);
		HttpClientHostnameVerifier httpClients = (HttpClientHostnameVerifier) HttpsSupport.getDefaultHostnameVerifier();
		String expected = assertThatExceptionOfType(SSLException.class)
			.isThrownBy(() -> httpClients.verify("elastic.example.org", certificate))
			.actual()
			.getMessage();
		assertThatExceptionOfType(SSLException.class)
			.isThrownBy(() -> PreloadedHostnameVerifier.INSTANCE.verify("elastic.example.org", certificate))
			.withMessage(expected);
	}

	@Test
	void acceptsTheHostTheCertificateNames(@TempDir Path directory) throws Exception {
		X509Certificate certificate = localhostCertificate(directory);
		assertThatCode(() -> PreloadedHostnameVerifier.INSTANCE.verify("localhost", certificate))
			.doesNotThrowAnyException();
	}

	/** A server certificate for {@code localhost}, as the CA of the test signed it. */
	private static X509Certificate localhostCertificate(Path directory) throws Exception {
		new TestCertificates(directory).serverKeys("server", "localhost", false);
		try (InputStream in = Files.newInputStream(directory.resolve("server.crt"))) {
			return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
		}
	}

}
