package io.github.elasticstarter.autoconfigure.clients;

import io.github.elasticstarter.autoconfigure.ElasticProperties;
import io.github.elasticstarter.autoconfigure.bulk.ElasticBulkProperties;
import io.github.elasticstarter.autoconfigure.scan.ElasticScanProperties;

/**
 * One named client, under {@code elastic.clients.<name>.*}: every property of the un-named
 * client, with the same defaults, and its own bulk and scan defaults.
 */
public class NamedElasticClientProperties extends ElasticProperties {

	/**
	 * Whether this client's beans are the ones injected without a qualifier. Only allowed when
	 * no un-named client ("elastic.cloud-id" or "elastic.hosts") is configured, and on one
	 * client at most.
	 */
	private boolean primary;

	private final ElasticBulkProperties bulk = new ElasticBulkProperties();

	private final ElasticScanProperties scan = new ElasticScanProperties();

	/**
	 * Return whether this client's beans are the ones injected without a qualifier.
	 * @return whether this client is the primary one
	 */
	public boolean isPrimary() {
		return this.primary;
	}

	/**
	 * Set whether this client's beans are the ones injected without a qualifier.
	 * @param primary whether this client is the primary one
	 */
	public void setPrimary(boolean primary) {
		this.primary = primary;
	}

	/**
	 * Return this client's bulk defaults, under {@code elastic.clients.<name>.bulk.*}.
	 * @return the bulk properties
	 */
	public ElasticBulkProperties getBulk() {
		return this.bulk;
	}

	/**
	 * Return this client's scan defaults, under {@code elastic.clients.<name>.scan.*}.
	 * @return the scan properties
	 */
	public ElasticScanProperties getScan() {
		return this.scan;
	}

}
