package io.github.elasticstarter.localnode;

import java.time.Duration;

/**
 * Starts an independent {@link LocalElasticsearch} node (not the shared ones of {@link LocalElasticsearch#http()} and
 * {@link LocalElasticsearch#https()}). The caller stops it; it is also stopped when the JVM exits.
 */
public final class LocalElasticsearchBuilder {

	private boolean https;
	private Duration startupTimeout = Duration.ofSeconds(120);

	LocalElasticsearchBuilder() {
	}

	/**
	 * @param https whether the node serves HTTPS with a certificate signed by the generated CA (default: plain HTTP)
	 * @return this builder
	 */
	public LocalElasticsearchBuilder https(boolean https) {
		this.https = https;
		return this;
	}

	/**
	 * @param startupTimeout how long to wait for the node to become healthy (default: 120 s)
	 * @return this builder
	 */
	public LocalElasticsearchBuilder startupTimeout(Duration startupTimeout) {
		this.startupTimeout = startupTimeout;
		return this;
	}

	/**
	 * Starts the node and waits until it is healthy.
	 * @return the running node
	 * @throws LocalElasticsearchException if it does not start; the message holds the tail of the node's log
	 */
	public LocalElasticsearch start() {
		return LocalElasticsearch.start(https, startupTimeout);
	}
}
