package io.github.elasticstarter.sample;

import java.util.List;

/**
 * What a load did.
 *
 * @param total the cities read from the file
 * @param succeeded the documents Elasticsearch stored
 * @param failed the documents it did not store
 * @param seconds how long the load took
 * @param docsPerSecond documents handled per second
 * @param firstFailures the reasons of the first few failures
 */
public record LoadSummary(long total, long succeeded, long failed, double seconds, double docsPerSecond,
		List<String> firstFailures) {

	@Override
	public String toString() {
		return String.format("%,d cities: %,d stored, %,d failed in %.1f s (%,.0f docs/s)", this.total,
				this.succeeded, this.failed, this.seconds, this.docsPerSecond);
	}

}
