package io.github.elasticstarter.autoconfigure.testcontainers;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.cert.CertificateFactory;
import java.util.HexFormat;

import io.github.elasticstarter.credentials.ElasticCredentials;
import org.jspecify.annotations.Nullable;
import org.testcontainers.elasticsearch.ElasticsearchContainer;

/**
 * How a running {@link ElasticsearchContainer} maps to connection details: HTTPS when the
 * container has a CA certificate (secured, the default from Elasticsearch 8 on), else HTTP; user
 * {@code elastic} with the container's {@code ELASTIC_PASSWORD}; the CA trusted by its SHA-256
 * fingerprint.
 */
final class ElasticsearchContainerMapping {

	private static final int HTTP_PORT = 9200;

	private final ElasticsearchContainer container;

	ElasticsearchContainerMapping(ElasticsearchContainer container) {
		this.container = container;
	}

	URI node() {
		String scheme = this.container.caCertAsBytes().isPresent() ? "https" : "http";
		return URI.create(scheme + "://" + this.container.getHost() + ":" + this.container.getMappedPort(HTTP_PORT));
	}

	ElasticCredentials credentials() {
		String password = this.container.getEnvMap().get("ELASTIC_PASSWORD");
		return (password != null) ? new ElasticCredentials.Basic("elastic", password) : ElasticCredentials.NONE;
	}

	@Nullable String caFingerprint() {
		return this.container.caCertAsBytes().map(ElasticsearchContainerMapping::sha256).orElse(null);
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
