package io.github.elasticstarter.integration;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import io.github.elasticstarter.http.ElasticClientBuilderCustomizer;
import io.github.elasticstarter.localnode.LocalElasticsearch;
import io.github.elasticstarter.localnode.spring.LoopbackHostNames;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

/**
 * HTTPS against the real node: trusted through an SSL bundle or a CA fingerprint, refused with
 * the wrong CA, the wrong fingerprint, or a host name the certificate does not name.
 */
@Tag("smoke")
class TlsRealNodeTests {

	private final LocalElasticsearch node = LocalElasticsearch.https();

	@Test
	void trustsTheCaThroughAnSslBundle() {
		RealNode.https()
			.withPropertyValues("spring.ssl.bundle.pem.local-ca.truststore.certificate=file:" + this.node.caCertificatePath(),
					"elastic.ssl.bundle=local-ca")
			.run((context) -> assertThat(health(context.getBean(ElasticsearchClient.class))).isNotEmpty());
	}

	@Test
	void trustsTheCaThroughItsFingerprint() {
		RealNode.https()
			.withPropertyValues("elastic.ssl.ca-fingerprint=" + colonSeparated(this.node.caFingerprintSha256()))
			.run((context) -> assertThat(health(context.getBean(ElasticsearchClient.class))).isNotEmpty());
	}

	@Test
	void refusesAServerItsTrustStoreDoesNotTrust() {
		RealNode.https().run((context) -> assertThatException()
			.isThrownBy(() -> health(context.getBean(ElasticsearchClient.class)))
			.withStackTraceContaining("PKIX path building failed"));
	}

	@Test
	void refusesAServerWhoseCaHasAnotherFingerprint() {
		String otherFingerprint = "ab".repeat(32);
		RealNode.https()
			.withPropertyValues("elastic.ssl.ca-fingerprint=" + otherFingerprint)
			.run((context) -> assertThatException().isThrownBy(() -> health(context.getBean(ElasticsearchClient.class)))
				.withStackTraceContaining("No certificate in the server's chain has the SHA-256 fingerprint "
						+ otherFingerprint));
	}

	@Test
	void refusesACertificateForAnotherHostName() {
		onHostName("elasticsearch.example.test")
			.run((context) -> assertThatException().isThrownBy(() -> health(context.getBean(ElasticsearchClient.class)))
				.withStackTraceContaining("SSLPeerUnverifiedException")
				.withStackTraceContaining("doesn't match any of the subject alternative names"));
	}

	@Test
	void acceptsAnotherHostNameOnlyWhenHostNameVerificationIsOff() {
		onHostName("elasticsearch.example.test").withPropertyValues("elastic.ssl.verification-mode=certificate")
			.run((context) -> assertThat(health(context.getBean(ElasticsearchClient.class))).isNotEmpty());
	}

	private ApplicationContextRunner onHostName(String hostName) {
		return RealNode.runner()
			.withBean(ElasticClientBuilderCustomizer.class, () -> LoopbackHostNames.customizer(hostName))
			.withPropertyValues("elastic.hosts=https://" + hostName + ":" + this.node.port(),
					"elastic.username=" + this.node.superuserName(), "elastic.password=" + this.node.superuserPassword(),
					"elastic.ssl.ca-fingerprint=" + this.node.caFingerprintSha256());
	}

	private static String health(ElasticsearchClient client) throws java.io.IOException {
		return client.cluster().health().clusterName();
	}

	private static String colonSeparated(String hex) {
		return hex.toUpperCase().replaceAll("(..)(?!$)", "$1:");
	}

}
