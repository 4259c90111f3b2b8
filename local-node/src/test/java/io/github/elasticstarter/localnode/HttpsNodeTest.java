package io.github.elasticstarter.localnode;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.HexFormat;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLHandshakeException;

import io.github.elasticstarter.localnode.junit.Https;
import io.github.elasticstarter.localnode.junit.LocalElasticsearchTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@LocalElasticsearchTest
class HttpsNodeTest {

	@Test
	void clusterHealthAnswersOverHttpsWhenTheCaIsTrusted(@Https LocalElasticsearch node) throws Exception {
		assertThat(node.isSecure()).isTrue();
		assertThat(node.baseUri().getScheme()).isEqualTo("https");

		HttpResponse<String> response = Requests.get(node, "_cluster/health",
				Requests.basic(node.superuserName(), node.superuserPassword()));

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).containsPattern("\"status\":\"(green|yellow)\"");
	}

	@Test
	void httpsFailsWhenTheCaIsNotTrusted(@Https LocalElasticsearch node) {
		assertThatThrownBy(() -> Requests.get(Requests.client(SSLContext.getDefault()), node.baseUri(),
				"_cluster/health", Requests.basic(node.superuserName(), node.superuserPassword())))
			.isInstanceOf(SSLHandshakeException.class);
	}

	@Test
	void caFingerprintIsTheSha256OfTheCertificateDer(@Https LocalElasticsearch node) throws Exception {
		X509Certificate fromPem = (X509Certificate) CertificateFactory.getInstance("X.509")
			.generateCertificate(new ByteArrayInputStream(node.caCertificatePem().getBytes(StandardCharsets.US_ASCII)));
		String expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(fromPem.getEncoded()));

		assertThat(node.caFingerprintSha256()).isEqualTo(expected).matches("[0-9a-f]{64}");
		assertThat(node.caCertificate()).isEqualTo(fromPem);
		assertThat(Files.readString(node.caCertificatePath())).isEqualTo(node.caCertificatePem());
		assertThat(fromPem.getBasicConstraints()).as("is a CA").isGreaterThanOrEqualTo(0);
	}

	@Test
	void theHttpNodeSharesTheCaButServesPlainHttp(LocalElasticsearch http, @Https LocalElasticsearch https) {
		assertThat(http.isSecure()).isFalse();
		assertThat(https.isSecure()).isTrue();
		assertThat(http.port()).isNotEqualTo(https.port());
		assertThat(http.caFingerprintSha256()).isEqualTo(https.caFingerprintSha256());
	}
}
