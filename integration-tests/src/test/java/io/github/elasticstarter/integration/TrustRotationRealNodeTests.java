package io.github.elasticstarter.integration;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import javax.net.ssl.SSLPeerUnverifiedException;
import javax.net.ssl.SSLSession;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import io.github.elasticstarter.http.ElasticClientBuilderCustomizer;
import io.github.elasticstarter.localnode.LocalElasticsearch;
import org.apache.hc.client5.http.impl.async.HttpAsyncClientBuilder;
import org.apache.hc.core5.http.protocol.HttpCoreContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static io.github.elasticstarter.integration.ContinuousAuthentication.CALLS_PER_PHASE;
import static io.github.elasticstarter.integration.ContinuousAuthentication.NODE_STARTUP;
import static io.github.elasticstarter.integration.ContinuousAuthentication.THREADS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Proof 5: the node's certificate is replaced by one from a new CA and the SSL bundle's file
 * follows, while 8 threads authenticate continuously: no request fails, and once Spring Boot has
 * reloaded the bundle the connections opened with the old trust retire, so that the requests
 * run over connections that verified the new CA. On a node of its own, since its certificate
 * changes.
 */
@ExtendWith(OutputCaptureExtension.class)
class TrustRotationRealNodeTests {

	private static LocalElasticsearch node;

	@TempDir
	Path directory;

	@BeforeAll
	static void startNode() {
		node = LocalElasticsearch.builder().https(true).startupTimeout(NODE_STARTUP).start();
	}

	@AfterAll
	static void stopNode() {
		if (node != null) {
			node.stop();
		}
	}

	@Test
	void nodeCertificateFromANewCaAndReloadedBundle(CapturedOutput output) throws Exception {
		Path trust = Files.writeString(this.directory.resolve("ca.crt"), node.caCertificatePem());
		ConcurrentLinkedQueue<String> issuers = new ConcurrentLinkedQueue<>();
		RealNode.runner()
			.withPropertyValues("elastic.hosts=" + node.baseUri(), "elastic.username=" + node.superuserName(),
					"elastic.password=" + node.superuserPassword(), "elastic.ssl.bundle=node",
					"spring.ssl.bundle.pem.node.truststore.certificate=file:" + trust,
					"spring.ssl.bundle.pem.node.reload-on-update=true", "spring.ssl.bundle.watch.file.quiet-period=500ms",
					// The retired connections are replaced by 8 TLS handshakes at once, which take
					// longer than the default 1 s on a loaded 2-core machine.
					"elastic.connect-timeout=10s")
			.withBean(ElasticClientBuilderCustomizer.class, () -> recordingIssuers(issuers))
			.run((context) -> {
				assertThat(context).hasNotFailed();
				List<Exception> failures;
				int callsBefore;
				int callsAfter;
				List<String> issuersAfter;
				try (ContinuousAuthentication load = new ContinuousAuthentication(
						context.getBean(ElasticsearchClient.class))) {
					load.awaitAnotherPhase();
					String oldIssuer = issuers.peek();
					String newCa = node.replaceCertificateWithNewCa("Rotated Test CA");
					Path next = Files.writeString(this.directory.resolve("ca.next"), newCa);
					Files.move(next, trust, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
					await().atMost(Duration.ofSeconds(60))
						.until(() -> output.toString().contains("Elasticsearch TLS trust reloaded"));
					callsBefore = load.calls().size();
					int issuersBefore = issuers.size();
					load.awaitAnotherPhase();
					load.close();
					failures = load.failures();
					callsAfter = load.calls().size() - callsBefore;
					List<String> all = List.copyOf(issuers);
					issuersAfter = all.subList(issuersBefore, all.size());
					assertThat(oldIssuer).contains("CN=Elastic Local Node Test CA");
				}
				long oldTrust = issuersAfter.stream().filter((issuer) -> !issuer.contains("CN=Rotated Test CA")).count();
				System.out.println("Rotation proof 5 (certificate from a new CA): " + (callsBefore + callsAfter)
						+ " requests on " + THREADS + " threads, " + callsAfter + " after the bundle reload, of which "
						+ oldTrust + " on connections opened before it, " + failures.size() + " failed");
				assertThat(failures).isEmpty();
				assertThat(callsAfter).isGreaterThanOrEqualTo(CALLS_PER_PHASE);
				// Each connection opened before the reload carries at most its request in flight.
				assertThat(oldTrust).isLessThanOrEqualTo(2 * THREADS);
				assertThat(issuersAfter.subList(issuersAfter.size() - CALLS_PER_PHASE / 2, issuersAfter.size()))
					.allSatisfy((issuer) -> assertThat(issuer).contains("CN=Rotated Test CA"));
			});
	}

	/**
	 * Records the issuer of the certificate each response came over.
	 */
	private static ElasticClientBuilderCustomizer recordingIssuers(ConcurrentLinkedQueue<String> issuers) {
		return new ElasticClientBuilderCustomizer() {

			@Override
			public void customize(HttpAsyncClientBuilder builder) {
				builder.addResponseInterceptorLast((response, entity, context) -> {
					SSLSession session = HttpCoreContext.cast(context).getSSLSession();
					issuers.add((session != null) ? issuer(session) : "no TLS");
				});
			}

		};
	}

	private static String issuer(SSLSession session) {
		try {
			return ((X509Certificate) session.getPeerCertificates()[0]).getIssuerX500Principal().getName();
		}
		catch (SSLPeerUnverifiedException ex) {
			return "unverified";
		}
	}

}
