package io.github.elasticstarter.autoconfigure;

import java.net.URI;
import java.util.List;

import io.github.elasticstarter.credentials.ElasticCredentials;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.autoconfigure.service.connection.ConnectionDetails;
import org.springframework.boot.ssl.SslBundle;

/**
 * Where Elasticsearch is and who the client is: nodes, credentials and TLS trust. Declare a
 * bean of this type (or let Testcontainers or the local node supply one) to replace what the
 * {@code elastic.*} properties say about it.
 */
public interface ElasticConnectionDetails extends ConnectionDetails {

	/**
	 * The nodes to send requests to, as {@code http} or {@code https} URIs with a host and a
	 * port.
	 * @return the nodes, never empty
	 */
	List<URI> getNodes();

	/**
	 * The credentials to authenticate with.
	 * @return the credentials, {@link ElasticCredentials#NONE} for none
	 */
	default ElasticCredentials getCredentials() {
		return ElasticCredentials.NONE;
	}

	/**
	 * A prefix for the path of every request.
	 * @return the prefix or {@code null}
	 */
	default @Nullable String getPathPrefix() {
		return null;
	}

	/**
	 * The SSL bundle with the trust material (and key, for mutual TLS) for HTTPS nodes.
	 * @return the bundle or {@code null} to use the JVM's default trust store
	 */
	default @Nullable SslBundle getSslBundle() {
		return null;
	}

	/**
	 * The SHA-256 fingerprint of the certificate authority to trust, as hex.
	 * @return the fingerprint or {@code null}
	 */
	default @Nullable String getCaFingerprint() {
		return null;
	}

	/**
	 * Whether the nodes are an Elastic Cloud deployment reached through its Cloud ID, which
	 * turns compression on by default and rules out sniffing.
	 * @return whether this is an Elastic Cloud deployment
	 */
	default boolean isElasticCloud() {
		return false;
	}

}
