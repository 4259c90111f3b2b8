package io.github.elasticstarter.tls;

import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.Principal;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.KeyManager;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.X509ExtendedKeyManager;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import io.github.elasticstarter.autoconfigure.ElasticAutoConfiguration;
import io.github.elasticstarter.testsupport.RecordingServer;
import io.github.elasticstarter.testsupport.TestCertificates;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.ssl.SslAutoConfiguration;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.cloud.context.environment.EnvironmentChangeEvent;
import org.springframework.core.env.MapPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIOException;
import static org.awaitility.Awaitility.await;

/**
 * Trust follows its sources without a restart: a server whose certificate moves to a new CA
 * while the SSL bundle's file follows (once Spring Boot reloads the bundle, the connection opened
 * with the old trust is retired after its request and the next connection trusts the new CA,
 * with the same client and no failed request), and a CA fingerprint changed by a property
 * refresh.
 */
class TrustReloadWireTests {

	@TempDir
	Path directory;

	@Test
	void reloadedBundleIsTrustedByNewConnectionsAndOldConnectionsRetire() throws Exception {
		TestCertificates oldCa = new TestCertificates(Files.createDirectory(this.directory.resolve("old")));
		TestCertificates newCa = new TestCertificates(Files.createDirectory(this.directory.resolve("new")));
		SwitchingKeyManager keys = new SwitchingKeyManager(oldCa.serverKeys("old-server", "localhost", false),
				newCa.serverKeys("new-server", "localhost", false));
		SSLContext serverTls = SSLContext.getInstance("TLS");
		serverTls.init(new KeyManager[] { keys }, null, null);
		Path trust = Files.copy(oldCa.caCertificate(), this.directory.resolve("trusted-ca.crt"));
		try (RecordingServer server = RecordingServer.startHttps(serverTls)) {
			new ApplicationContextRunner()
				.withConfiguration(AutoConfigurations.of(JacksonAutoConfiguration.class, SslAutoConfiguration.class,
						ElasticAutoConfiguration.class))
				.withPropertyValues("elastic.hosts=https://localhost:" + server.port(), "elastic.ssl.bundle=es",
						"spring.ssl.bundle.pem.es.truststore.certificate=file:" + trust,
						"spring.ssl.bundle.pem.es.reload-on-update=true", "spring.ssl.bundle.watch.file.quiet-period=100ms")
				.run((context) -> {
					assertThat(get(context)).isTrue();
					assertThat(keys.handshakes("old-server")).isEqualTo(1);
					keys.switchToSecond();
					Path next = Files.copy(newCa.caCertificate(), this.directory.resolve("trusted-ca.next"));
					Files.move(next, trust, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
					await().atMost(Duration.ofSeconds(20))
						.pollInterval(Duration.ofMillis(100))
						.until(() -> get(context) && keys.handshakes("new-server") > 0);
					assertThat(keys.handshakes("old-server")).isEqualTo(1);
				});
		}
	}

	@Test
	void refreshedCaFingerprintIsTrustedByTheNextConnection() throws Exception {
		TestCertificates ca = new TestCertificates(this.directory);
		try (RecordingServer server = RecordingServer.startHttps(ca.server("server", "localhost", false))) {
			new ApplicationContextRunner()
				.withConfiguration(AutoConfigurations.of(JacksonAutoConfiguration.class, ElasticAutoConfiguration.class))
				.withPropertyValues("elastic.hosts=https://localhost:" + server.port(),
						"elastic.ssl.ca-fingerprint=" + "ab".repeat(32))
				.run((context) -> {
					assertThatIOException().isThrownBy(() -> get(context))
						.withStackTraceContaining("set in 'elastic.ssl.ca-fingerprint'");
					context.getEnvironment()
						.getPropertySources()
						.addFirst(new MapPropertySource("refreshed",
								Map.of("elastic.ssl.ca-fingerprint", ca.caFingerprint())));
					context.publishEvent(new EnvironmentChangeEvent(context, Set.of("elastic.ssl.ca-fingerprint")));
					assertThat(get(context)).isTrue();
				});
		}
	}

	private static boolean get(AssertableApplicationContext context) throws Exception {
		assertThat(context).hasNotFailed();
		return context.getBean(ElasticsearchClient.class).get((g) -> g.index("i").id("1"), Map.class).found();
	}

	/**
	 * Presents the first key's certificate, then the second's, counting handshakes per alias.
	 */
	static final class SwitchingKeyManager extends X509ExtendedKeyManager {

		private final X509ExtendedKeyManager first;

		private final X509ExtendedKeyManager second;

		private volatile X509ExtendedKeyManager current;

		private final Map<String, AtomicInteger> handshakes = new ConcurrentHashMap<>();

		SwitchingKeyManager(KeyManager[] first, KeyManager[] second) {
			this.first = (X509ExtendedKeyManager) first[0];
			this.second = (X509ExtendedKeyManager) second[0];
			this.current = this.first;
		}

		void switchToSecond() {
			this.current = this.second;
		}

		int handshakes(String alias) {
			AtomicInteger count = this.handshakes.get(alias);
			return (count != null) ? count.get() : 0;
		}

		@Override
		public String chooseEngineServerAlias(String keyType, Principal[] issuers, SSLEngine engine) {
			return counted(this.current.chooseEngineServerAlias(keyType, issuers, engine));
		}

		@Override
		public String chooseServerAlias(String keyType, Principal[] issuers, Socket socket) {
			return counted(this.current.chooseServerAlias(keyType, issuers, socket));
		}

		private String counted(String alias) {
			if (alias != null) {
				this.handshakes.computeIfAbsent(alias, (key) -> new AtomicInteger()).incrementAndGet();
			}
			return alias;
		}

		@Override
		public String[] getServerAliases(String keyType, Principal[] issuers) {
			return this.current.getServerAliases(keyType, issuers);
		}

		@Override
		public X509Certificate[] getCertificateChain(String alias) {
			X509Certificate[] chain = this.first.getCertificateChain(alias);
			return (chain != null) ? chain : this.second.getCertificateChain(alias);
		}

		@Override
		public PrivateKey getPrivateKey(String alias) {
			PrivateKey key = this.first.getPrivateKey(alias);
			return (key != null) ? key : this.second.getPrivateKey(alias);
		}

		@Override
		public String[] getClientAliases(String keyType, Principal[] issuers) {
			return null;
		}

		@Override
		public String chooseClientAlias(String[] keyType, Principal[] issuers, Socket socket) {
			return null;
		}

	}

}
