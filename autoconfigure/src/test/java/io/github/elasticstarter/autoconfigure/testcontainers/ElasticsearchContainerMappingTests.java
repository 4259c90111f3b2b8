package io.github.elasticstarter.autoconfigure.testcontainers;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;

import io.github.elasticstarter.credentials.ElasticCredentials;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.testcontainers.elasticsearch.ElasticsearchContainer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The container-to-connection mapping, on a container that is never started, so that it runs
 * without Docker. {@code TestcontainersServiceConnectionTests} (integration-tests) runs it against
 * a real container where Docker is available.
 */
class ElasticsearchContainerMappingTests {

	/** {@code openssl x509 -in http_ca.crt -noout -fingerprint -sha256}, without colons. */
	private static final String CA_FINGERPRINT = "7db63ccdc644b02ea337d1400cc6c57f8f7579d5aa95f419f6ed1f364b0582b7";

	@Test
	void securedContainerIsReachedOverHttpsOnItsMappedPort() {
		assertThat(new ElasticsearchContainerMapping(new StubContainer(caCertificate())).node())
			.hasToString("https://docker.example:49153");
	}

	@Test
	void containerWithoutCaIsReachedOverHttp() {
		assertThat(new ElasticsearchContainerMapping(new StubContainer(null)).node())
			.hasToString("http://docker.example:49153");
	}

	@Test
	void credentialsAreTheElasticUserWithTheContainersPassword() {
		StubContainer container = new StubContainer(caCertificate());
		container.withPassword("s3cret-from-container");
		assertThat(new ElasticsearchContainerMapping(container).credentials())
			.isEqualTo(new ElasticCredentials.Basic("elastic", "s3cret-from-container"));
	}

	@Test
	void containerWithoutPasswordHasNoCredentials() {
		StubContainer container = new StubContainer(null);
		container.getEnvMap().remove("ELASTIC_PASSWORD");
		assertThat(new ElasticsearchContainerMapping(container).credentials()).isEqualTo(ElasticCredentials.NONE);
	}

	@Test
	void caIsTrustedByTheSha256FingerprintOfItsCertificate() {
		assertThat(new ElasticsearchContainerMapping(new StubContainer(caCertificate())).caFingerprint())
			.isEqualTo(CA_FINGERPRINT);
	}

	@Test
	void containerWithoutCaHasNoFingerprint() {
		assertThat(new ElasticsearchContainerMapping(new StubContainer(null)).caFingerprint()).isNull();
	}

	private static byte[] caCertificate() {
		try (InputStream in = ElasticsearchContainerMappingTests.class.getResourceAsStream("/testcontainers/http_ca.crt")) {
			assertThat(in).as("test CA certificate").isNotNull();
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * A container as it looks once started, answering from fixed values instead of Docker.
	 */
	static final class StubContainer extends ElasticsearchContainer {

		private final byte @Nullable [] caCertificate;

		StubContainer(byte @Nullable [] caCertificate) {
			super("docker.elastic.co/elasticsearch/elasticsearch:9.2.4");
			this.caCertificate = caCertificate;
		}

		@Override
		public String getHost() {
			return "docker.example";
		}

		@Override
		public Integer getMappedPort(int originalPort) {
			assertThat(originalPort).isEqualTo(9200);
			return 49153;
		}

		@Override
		public Optional<byte[]> caCertAsBytes() {
			return Optional.ofNullable(this.caCertificate);
		}

	}

}
