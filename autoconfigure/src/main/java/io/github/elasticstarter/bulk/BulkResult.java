package io.github.elasticstarter.bulk;

import java.time.Duration;

/**
 * What a finished load did. Every operation added to the load is counted once, as either
 * {@code succeeded} or {@code failed}.
 *
 * @param load the name of the load
 * @param succeeded operations Elasticsearch acknowledged
 * @param failed operations that finally failed, each of which reached the dead-letter hook
 * @param retried operations that were sent more than once
 * @param requests bulk requests sent, retries included
 * @param bytes bytes of actions and documents sent, retries included
 * @param duration time from opening to finishing the load
 */
public record BulkResult(String load, long succeeded, long failed, long retried, long requests, long bytes,
		Duration duration) {

	/**
	 * Whether some operations failed.
	 * @return {@code true} when {@code failed} is above 0
	 */
	public boolean hasFailures() {
		return this.failed > 0;
	}

	/**
	 * Operations handled (succeeded or failed) per second.
	 * @return the throughput of the load over its {@code duration}
	 */
	public double documentsPerSecond() {
		double seconds = Math.max(this.duration.toNanos(), 1) / 1e9;
		return (this.succeeded + this.failed) / seconds;
	}

}
