package io.github.elasticstarter.faults;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLPeerUnverifiedException;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import io.github.elasticstarter.http.ElasticClientBuilderCustomizer;
import io.github.elasticstarter.localnode.LocalElasticsearch;
import io.github.elasticstarter.localnode.spring.LoopbackHostNames;
import org.apache.hc.core5.http.ConnectionClosedException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * TLS mistakes against real HTTPS nodes: each is refused with an error that says which mistake
 * and how to fix it. The expired certificate is served by a node of its own.
 */
@Timeout(120)
class FaultBadTlsTests {

	private static final Duration BOUND = Duration.ofSeconds(20);

	private static final LocalElasticsearch https = LocalElasticsearch.https();

	private static Path certificates;

	private static KeytoolCertificates.ServerCertificate expiredCertificate;

	private static LocalElasticsearch expired;

	@BeforeAll
	static void startNodeWithAnExpiredCertificate() throws Exception {
		certificates = Files.createTempDirectory("fault-tls-");
		expiredCertificate = KeytoolCertificates.expired(certificates);
		expired = LocalElasticsearch.builder()
			.httpCertificate(expiredCertificate.certificate(), expiredCertificate.privateKey())
			.start();
	}

	@AfterAll
	static void stopNode() throws Exception {
		NodeLogs.stopKeepingLogs(expired);
	}

	@Test
	void plainHttpToTheHttpsPortSaysToUseHttps() throws Exception {
		Throwable failure = failureOf(FaultContexts.connectedTo("http://127.0.0.1:" + https.port(), https));
		assertThat(failure).isInstanceOf(ConnectionClosedException.class)
			.hasMessageStartingWith("The node at http://127.0.0.1:" + https.port()
					+ " closed the connection without an HTTP answer")
			.hasMessageContaining("If it serves HTTPS, use 'https://' in 'elastic.hosts'");
	}

	@Test
	void aCertificateForAnotherHostSaysWhichHostAndHowToFixIt() throws Exception {
		String host = "elasticsearch.example.test";
		ApplicationContextRunner runner = FaultContexts.connectedTo("https://" + host + ":" + https.port(), https)
			.withBean(ElasticClientBuilderCustomizer.class, () -> LoopbackHostNames.customizer(host))
			.withPropertyValues("elastic.ssl.ca-fingerprint=" + https.caFingerprintSha256());
		// the Rest5Client re-throws an SSLPeerUnverifiedException as a plain IOException with the same message
		Throwable failure = failureOf(runner);
		assertThat(failure).isInstanceOf(java.io.IOException.class).cause().isInstanceOf(SSLPeerUnverifiedException.class);
		assertThat(failure)
			.hasMessageStartingWith("The TLS certificate of https://" + host + ":" + https.port()
					+ " is not issued for host name '" + host + "'")
			.hasMessageContaining("'elastic.ssl.verification-mode: certificate'");
	}

	@Test
	void aCertificateFromAnUntrustedCaSaysHowToTrustIt() throws Exception {
		assertThat(failureOf(FaultContexts.connectedTo(https.baseUri().toString(), https)))
			.isInstanceOf(SSLHandshakeException.class)
			.hasMessageStartingWith("The TLS certificate of https://127.0.0.1:" + https.port()
					+ " is not signed by a certificate authority this application trusts")
			.hasMessageContaining("Trust the node's CA with 'elastic.ssl.ca-fingerprint'");
	}

	@Test
	void anExpiredCertificateSaysToRenewIt() throws Exception {
		ApplicationContextRunner runner = FaultContexts.connectedTo(expired.baseUri().toString(), expired)
			.withPropertyValues("elastic.ssl.ca-fingerprint=" + expiredCertificate.caFingerprint());
		assertThat(failureOf(runner)).isInstanceOf(SSLHandshakeException.class)
			.hasMessageStartingWith("The TLS certificate of https://127.0.0.1:" + expired.port() + " has expired")
			.hasMessageContaining("Renew the node's certificate");
	}

	@Test
	void theNodeWithTheExpiredCertificateIsOtherwiseReachable() throws Exception {
		ApplicationContextRunner runner = FaultContexts.connectedTo(expired.baseUri().toString(), expired)
			.withPropertyValues("elastic.ssl.verification-mode=none");
		runner.run((context) -> assertThat(context.getBean(ElasticsearchClient.class).cluster().health().numberOfNodes())
			.as("the expired certificate is the only fault").isEqualTo(1));
	}

	/** What a request through a context built by {@code runner} throws; it must throw, and in time. */
	private static Throwable failureOf(ApplicationContextRunner runner) {
		Throwable[] failure = new Throwable[1];
		runner.run((context) -> {
			ElasticsearchClient client = context.getBean(ElasticsearchClient.class);
			failure[0] = catchThrowable(() -> Bounded.call(BOUND, "cluster health",
					() -> client.cluster().health()));
		});
		System.out.println("[faults] TLS: " + failure[0]);
		assertThat(failure[0]).as("the request must be refused").isNotNull();
		return failure[0];
	}

}
