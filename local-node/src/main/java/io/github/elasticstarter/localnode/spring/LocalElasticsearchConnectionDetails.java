package io.github.elasticstarter.localnode.spring;

import java.net.URI;
import java.util.List;

import io.github.elasticstarter.autoconfigure.ElasticConnectionDetails;
import io.github.elasticstarter.credentials.ElasticCredentials;
import io.github.elasticstarter.localnode.LocalElasticsearch;
import org.jspecify.annotations.Nullable;

/**
 * Connection details of a {@link LocalElasticsearch} node: its address, its superuser, and (over
 * HTTPS) its CA by fingerprint.
 */
public final class LocalElasticsearchConnectionDetails implements ElasticConnectionDetails {

	private final LocalElasticsearch node;

	/**
	 * Create connection details for a node.
	 * @param node the node
	 */
	public LocalElasticsearchConnectionDetails(LocalElasticsearch node) {
		this.node = node;
	}

	@Override
	public List<URI> getNodes() {
		return List.of(URI.create(this.node.baseUri().toString().replaceFirst("/$", "")));
	}

	@Override
	public ElasticCredentials getCredentials() {
		return new ElasticCredentials.Basic(this.node.superuserName(), this.node.superuserPassword());
	}

	@Override
	public @Nullable String getCaFingerprint() {
		return this.node.isSecure() ? this.node.caFingerprintSha256() : null;
	}

	@Override
	public String toString() {
		return "LocalElasticsearchConnectionDetails[" + this.node.baseUri() + "]";
	}

}
