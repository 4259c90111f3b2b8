package io.github.elasticstarter.autoconfigure.testcontainers;

import java.net.URI;
import java.util.List;

import io.github.elasticstarter.autoconfigure.ElasticConnectionDetails;
import io.github.elasticstarter.credentials.ElasticCredentials;
import org.jspecify.annotations.Nullable;
import org.testcontainers.elasticsearch.ElasticsearchContainer;

import org.springframework.boot.ssl.SslBundle;
import org.springframework.boot.testcontainers.service.connection.ContainerConnectionDetailsFactory;
import org.springframework.boot.testcontainers.service.connection.ContainerConnectionSource;

/**
 * Lets {@code @ServiceConnection} on an {@link ElasticsearchContainer} supply the starter's
 * {@link ElasticConnectionDetails}, mapped as {@link ElasticsearchContainerMapping} says. An SSL
 * bundle declared on the container's annotations takes precedence over the CA fingerprint.
 */
class ElasticContainerConnectionDetailsFactory
		extends ContainerConnectionDetailsFactory<ElasticsearchContainer, ElasticConnectionDetails> {

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
			return List.of(mapping().node());
		}

		@Override
		public ElasticCredentials getCredentials() {
			return mapping().credentials();
		}

		@Override
		public @Nullable SslBundle getSslBundle() {
			return super.getSslBundle();
		}

		@Override
		public @Nullable String getCaFingerprint() {
			return (getSslBundle() != null) ? null : mapping().caFingerprint();
		}

		private ElasticsearchContainerMapping mapping() {
			return new ElasticsearchContainerMapping(getContainer());
		}

	}

}
