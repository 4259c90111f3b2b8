package io.github.elasticstarter.autoconfigure.testcontainers;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.cert.CertificateFactory;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import io.github.elasticstarter.autoconfigure.ElasticConnectionDetails;
import io.github.elasticstarter.autoconfigure.ElasticCredentials;
import org.jspecify.annotations.Nullable;
import org.testcontainers.elasticsearch.ElasticsearchContainer;

import org.springframework.boot.ssl.SslBundle;
import org.springframework.boot.testcontainers.service.connection.ContainerConnectionDetailsFactory;
import org.springframework.boot.testcontainers.service.connection.ContainerConnectionSource;

/**
 * Lets {@code @ServiceConnection} on an {@link ElasticsearchContainer} supply the starter's
 * {@link ElasticConnectionDetails}. A secured container (the default from Elasticsearch 8 on)
 * is reached over HTTPS, trusting the container's own CA by its fingerprint, as user
 * {@code elastic} with the container's {@code ELASTIC_PASSWORD}. An SSL bundle declared on the
 * container's annotations takes precedence over the fingerprint.
 */
class ElasticContainerConnectionDetailsFactory
		extends ContainerConnectionDetailsFactory<ElasticsearchContainer, ElasticConnectionDetails> {

	private static final int HTTP_PORT = 9200;

	@Override
	protected ElasticConnectionDetails getContainerConnectionDetails(
			ContainerConnectionSource<ElasticsearchContainer> source) {
		return new ContainerElasticConnectionDetails(source);
	}

	private static final class ContainerElasticConnectionDetails extends ContainerConnectionDetails<ElasticsearchContainer>
			implements ElasticConnectionDetails {

		private ContainerElasticConnectionDetails(ContainerConnectionSource<ElasticsearchContainer> source) {
			super(source);
		}

		@Override
		public List<URI> getNodes() {
			String scheme = caCertificate().isPresent() ? "https" : "http";
			return List.of(URI.create(scheme + "://" + getContainer().getHost() + ":"
					+ getContainer().getMappedPort(HTTP_PORT)));
		}

		@Override
		public ElasticCredentials getCredentials() {
			String password = getContainer().getEnvMap().get("ELASTIC_PASSWORD");
			return (password != null) ? new ElasticCredentials.Basic("elastic", password) : ElasticCredentials.NONE;
		}

		@Override
		public @Nullable SslBundle getSslBundle() {
			return super.getSslBundle();
		}

		@Override
		public @Nullable String getCaFingerprint() {
			if (getSslBundle() != null) {
				return null;
			}
			return caCertificate().map(ContainerElasticConnectionDetails::sha256).orElse(null);
		}

		private Optional<byte[]> caCertificate() {
			return getContainer().caCertAsBytes();
		}

		private static String sha256(byte[] pem) {
			try {
				byte[] der = CertificateFactory.getInstance("X.509")
					.generateCertificate(new ByteArrayInputStream(pem))
					.getEncoded();
				return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(der));
			}
			catch (GeneralSecurityException ex) {
				throw new IllegalStateException("The container's CA certificate cannot be read", ex);
			}
		}

	}

}
