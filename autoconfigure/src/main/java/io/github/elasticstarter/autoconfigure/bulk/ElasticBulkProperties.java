package io.github.elasticstarter.autoconfigure.bulk;

import java.time.Duration;

import io.github.elasticstarter.bulk.BulkOptions;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Defaults of every bulk load, under {@code elastic.bulk.*}; a load can override each of them
 * with {@link BulkOptions}. The sizes and the concurrency are the fastest of a measured sweep
 * (BENCHMARKS.md, section 6).
 * <p>
 * The javadoc of each field is the help text that IDEs show for the property.
 */
@ConfigurationProperties("elastic.bulk")
public class ElasticBulkProperties {

	/**
	 * Most operations sent in one bulk request. Larger requests cost fewer round trips and
	 * compress better; 5000 of the sample application's cities make about 0.9 MB.
	 */
	private int maxOperations = 5000;

	/**
	 * Most bytes of actions and documents sent in one bulk request (an operation larger than
	 * this is sent alone).
	 */
	private DataSize maxBytes = DataSize.ofMegabytes(10);

	/**
	 * Most bulk requests of one load in flight at the same time. When all are in flight, adding
	 * to the load waits (at most "elastic.bulk.max-wait") for one to finish.
	 */
	private int concurrency = 4;

	/**
	 * Longest time an operation waits in a partly filled request before that request is sent.
	 */
	private Duration flushInterval = Duration.ofSeconds(1);

	/**
	 * How many times an operation is sent again after Elasticsearch rejected it for load (429,
	 * es_rejected_execution_exception) or its request failed with 429, 502, 503, 504 or an I/O
	 * error. 0 disables these retries; the operation then fails at once.
	 */
	private int maxRetries = 5;

	/**
	 * Back-off before the first retry of an operation; it doubles for each further retry, with
	 * a random jitter of up to half of it.
	 */
	private Duration initialBackoff = Duration.ofMillis(200);

	/**
	 * Upper bound of the back-off between two retries of an operation.
	 */
	private Duration maxBackoff = Duration.ofSeconds(10);

	/**
	 * Longest time the application waits on a load: adding to it when all requests are in
	 * flight, or finishing it. When it runs out while finishing, requests in flight are
	 * cancelled and every operation not yet acknowledged is reported as failed.
	 */
	private Duration maxWait = Duration.ofMinutes(5);

	/**
	 * Interval of a progress log line (documents, rate, time left) for each open load. Off
	 * when not set.
	 */
	private @Nullable Duration progressInterval;

	/**
	 * Return the most operations sent in one bulk request.
	 * @return the operations per request
	 */
	public int getMaxOperations() {
		return this.maxOperations;
	}

	/**
	 * Set the most operations sent in one bulk request.
	 * @param maxOperations the operations per request
	 */
	public void setMaxOperations(int maxOperations) {
		this.maxOperations = maxOperations;
	}

	/**
	 * Return the most bytes of actions and documents sent in one bulk request.
	 * @return the bytes per request
	 */
	public DataSize getMaxBytes() {
		return this.maxBytes;
	}

	/**
	 * Set the most bytes of actions and documents sent in one bulk request.
	 * @param maxBytes the bytes per request
	 */
	public void setMaxBytes(DataSize maxBytes) {
		this.maxBytes = maxBytes;
	}

	/**
	 * Return the most bulk requests of one load in flight at the same time.
	 * @return the requests in flight
	 */
	public int getConcurrency() {
		return this.concurrency;
	}

	/**
	 * Set the most bulk requests of one load in flight at the same time.
	 * @param concurrency the requests in flight
	 */
	public void setConcurrency(int concurrency) {
		this.concurrency = concurrency;
	}

	/**
	 * Return the longest time an operation waits in a partly filled request.
	 * @return the flush interval
	 */
	public Duration getFlushInterval() {
		return this.flushInterval;
	}

	/**
	 * Set the longest time an operation waits in a partly filled request.
	 * @param flushInterval the flush interval
	 */
	public void setFlushInterval(Duration flushInterval) {
		this.flushInterval = flushInterval;
	}

	/**
	 * Return how many times an operation is sent again after a rejection or a failed request.
	 * @return the retries per operation, 0 for none
	 */
	public int getMaxRetries() {
		return this.maxRetries;
	}

	/**
	 * Set how many times an operation is sent again after a rejection or a failed request.
	 * @param maxRetries the retries per operation, 0 for none
	 */
	public void setMaxRetries(int maxRetries) {
		this.maxRetries = maxRetries;
	}

	/**
	 * Return the back-off before the first retry of an operation.
	 * @return the initial back-off
	 */
	public Duration getInitialBackoff() {
		return this.initialBackoff;
	}

	/**
	 * Set the back-off before the first retry of an operation.
	 * @param initialBackoff the initial back-off
	 */
	public void setInitialBackoff(Duration initialBackoff) {
		this.initialBackoff = initialBackoff;
	}

	/**
	 * Return the upper bound of the back-off between two retries of an operation.
	 * @return the longest back-off
	 */
	public Duration getMaxBackoff() {
		return this.maxBackoff;
	}

	/**
	 * Set the upper bound of the back-off between two retries of an operation.
	 * @param maxBackoff the longest back-off
	 */
	public void setMaxBackoff(Duration maxBackoff) {
		this.maxBackoff = maxBackoff;
	}

	/**
	 * Return the longest time the application waits on a load.
	 * @return the longest wait
	 */
	public Duration getMaxWait() {
		return this.maxWait;
	}

	/**
	 * Set the longest time the application waits on a load.
	 * @param maxWait the longest wait
	 */
	public void setMaxWait(Duration maxWait) {
		this.maxWait = maxWait;
	}

	/**
	 * Return the interval of the progress log line of each open load.
	 * @return the interval, or {@code null} for no progress line
	 */
	public @Nullable Duration getProgressInterval() {
		return this.progressInterval;
	}

	/**
	 * Set the interval of the progress log line of each open load.
	 * @param progressInterval the interval, or {@code null} for no progress line
	 */
	public void setProgressInterval(@Nullable Duration progressInterval) {
		this.progressInterval = progressInterval;
	}

}
