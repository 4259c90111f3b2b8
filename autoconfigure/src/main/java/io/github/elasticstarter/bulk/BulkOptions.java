package io.github.elasticstarter.bulk;

import java.time.Duration;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;

import org.springframework.util.unit.DataSize;

/**
 * The settings of one bulk load: they start as the {@link ElasticBulk}'s defaults (the
 * {@code elastic.bulk.*} properties, with the starter's client) and can be overridden in
 * {@link ElasticBulk#open(String, Consumer)}. A new instance holds the defaults of the
 * {@code elastic.bulk.*} properties.
 */
public final class BulkOptions {

	private int maxOperations = 5000;

	private DataSize maxBytes = DataSize.ofMegabytes(10);

	private int concurrency = 4;

	private Duration flushInterval = Duration.ofSeconds(1);

	private int maxRetries = 5;

	private Duration initialBackoff = Duration.ofMillis(200);

	private Duration maxBackoff = Duration.ofSeconds(10);

	private Duration maxWait = Duration.ofMinutes(5);

	private @Nullable Duration progressInterval;

	private long expectedTotal;

	private @Nullable Consumer<FailedItem> failureHandler;

	/**
	 * Options with the defaults of the {@code elastic.bulk.*} properties.
	 */
	public BulkOptions() {
	}

	BulkOptions(BulkOptions defaults) {
		this.maxOperations = defaults.maxOperations;
		this.maxBytes = defaults.maxBytes;
		this.concurrency = defaults.concurrency;
		this.flushInterval = defaults.flushInterval;
		this.maxRetries = defaults.maxRetries;
		this.initialBackoff = defaults.initialBackoff;
		this.maxBackoff = defaults.maxBackoff;
		this.maxWait = defaults.maxWait;
		this.progressInterval = defaults.progressInterval;
		this.expectedTotal = defaults.expectedTotal;
		this.failureHandler = defaults.failureHandler;
	}

	/**
	 * Check every option.
	 * @return these options
	 * @throws InvalidBulkOptionException naming the first option out of range
	 */
	public BulkOptions validate() {
		BulkOptionsValidator.validate(this);
		return this;
	}

	/**
	 * Most operations sent in one bulk request ({@code elastic.bulk.max-operations}).
	 * @param maxOperations operations per request, at least 1
	 * @return these options
	 */
	public BulkOptions maxOperations(int maxOperations) {
		this.maxOperations = maxOperations;
		return this;
	}

	/**
	 * Most bytes sent in one bulk request ({@code elastic.bulk.max-bytes}).
	 * @param maxBytes bytes of actions and documents per request
	 * @return these options
	 */
	public BulkOptions maxBytes(DataSize maxBytes) {
		this.maxBytes = maxBytes;
		return this;
	}

	/**
	 * Most requests in flight at the same time ({@code elastic.bulk.concurrency}).
	 * @param concurrency requests in flight, at least 1
	 * @return these options
	 */
	public BulkOptions concurrency(int concurrency) {
		this.concurrency = concurrency;
		return this;
	}

	/**
	 * Longest wait of an operation in a partly filled request ({@code elastic.bulk.flush-interval}).
	 * @param flushInterval how long an operation may wait for its request to fill
	 * @return these options
	 */
	public BulkOptions flushInterval(Duration flushInterval) {
		this.flushInterval = flushInterval;
		return this;
	}

	/**
	 * How many times a rejected operation is sent again ({@code elastic.bulk.max-retries}).
	 * @param maxRetries retries per operation, 0 for none
	 * @return these options
	 */
	public BulkOptions maxRetries(int maxRetries) {
		this.maxRetries = maxRetries;
		return this;
	}

	/**
	 * Back-off before the first retry ({@code elastic.bulk.initial-backoff}).
	 * @param initialBackoff the first back-off, doubled for each later retry up to the maximum
	 * @return these options
	 */
	public BulkOptions initialBackoff(Duration initialBackoff) {
		this.initialBackoff = initialBackoff;
		return this;
	}

	/**
	 * Upper bound of the back-off ({@code elastic.bulk.max-backoff}).
	 * @param maxBackoff the longest back-off
	 * @return these options
	 */
	public BulkOptions maxBackoff(Duration maxBackoff) {
		this.maxBackoff = maxBackoff;
		return this;
	}

	/**
	 * Longest wait for a request slot or for the load to finish ({@code elastic.bulk.max-wait}).
	 * @param maxWait how long adding, flushing or finishing may block
	 * @return these options
	 */
	public BulkOptions maxWait(Duration maxWait) {
		this.maxWait = maxWait;
		return this;
	}

	/**
	 * Interval of the progress log line, {@code null} for none
	 * ({@code elastic.bulk.progress-interval}).
	 * @param progressInterval time between progress lines, or {@code null}
	 * @return these options
	 */
	public BulkOptions progressInterval(@Nullable Duration progressInterval) {
		this.progressInterval = progressInterval;
		return this;
	}

	/**
	 * How many operations the load is expected to carry, so that the progress line can tell
	 * the time left; 0 when unknown.
	 * @param expectedTotal the expected number of operations, or 0
	 * @return these options
	 */
	public BulkOptions expectedTotal(long expectedTotal) {
		this.expectedTotal = expectedTotal;
		return this;
	}

	/**
	 * The dead-letter hook: called once for every operation that finally fails, with the
	 * operation and the reason. It runs on the load's worker thread and must not block for
	 * long. Without one, failures are logged at warning level (without their documents).
	 * @param failureHandler receives each failed operation
	 * @return these options
	 */
	public BulkOptions onFailure(Consumer<FailedItem> failureHandler) {
		this.failureHandler = failureHandler;
		return this;
	}

	/**
	 * Return the most operations sent in one bulk request.
	 * @return the operations per request
	 */
	public int getMaxOperations() {
		return this.maxOperations;
	}

	/**
	 * Return the most bytes sent in one bulk request.
	 * @return the bytes per request
	 */
	public DataSize getMaxBytes() {
		return this.maxBytes;
	}

	/**
	 * Return the most requests in flight at the same time.
	 * @return the requests in flight
	 */
	public int getConcurrency() {
		return this.concurrency;
	}

	/**
	 * Return the longest wait of an operation in a partly filled request.
	 * @return the flush interval
	 */
	public Duration getFlushInterval() {
		return this.flushInterval;
	}

	/**
	 * Return how many times a rejected operation is sent again.
	 * @return the retries per operation
	 */
	public int getMaxRetries() {
		return this.maxRetries;
	}

	/**
	 * Return the back-off before the first retry.
	 * @return the initial back-off
	 */
	public Duration getInitialBackoff() {
		return this.initialBackoff;
	}

	/**
	 * Return the upper bound of the back-off.
	 * @return the longest back-off
	 */
	public Duration getMaxBackoff() {
		return this.maxBackoff;
	}

	/**
	 * Return the longest wait for a request slot or for the load to finish.
	 * @return the longest wait
	 */
	public Duration getMaxWait() {
		return this.maxWait;
	}

	/**
	 * Return the interval of the progress log line.
	 * @return the interval, or {@code null} for no progress line
	 */
	public @Nullable Duration getProgressInterval() {
		return this.progressInterval;
	}

	/**
	 * Return how many operations the load is expected to carry.
	 * @return the expected total, 0 when unknown
	 */
	public long getExpectedTotal() {
		return this.expectedTotal;
	}

	/**
	 * Return the dead-letter hook.
	 * @return the hook, or {@code null} when failures are only logged
	 */
	public @Nullable Consumer<FailedItem> getFailureHandler() {
		return this.failureHandler;
	}

}
