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
	 */
	public BulkOptions maxOperations(int maxOperations) {
		this.maxOperations = maxOperations;
		return this;
	}

	/**
	 * Most bytes sent in one bulk request ({@code elastic.bulk.max-bytes}).
	 */
	public BulkOptions maxBytes(DataSize maxBytes) {
		this.maxBytes = maxBytes;
		return this;
	}

	/**
	 * Most requests in flight at the same time ({@code elastic.bulk.concurrency}).
	 */
	public BulkOptions concurrency(int concurrency) {
		this.concurrency = concurrency;
		return this;
	}

	/**
	 * Longest wait of an operation in a partly filled request ({@code elastic.bulk.flush-interval}).
	 */
	public BulkOptions flushInterval(Duration flushInterval) {
		this.flushInterval = flushInterval;
		return this;
	}

	/**
	 * How many times a rejected operation is sent again ({@code elastic.bulk.max-retries}).
	 */
	public BulkOptions maxRetries(int maxRetries) {
		this.maxRetries = maxRetries;
		return this;
	}

	/**
	 * Back-off before the first retry ({@code elastic.bulk.initial-backoff}).
	 */
	public BulkOptions initialBackoff(Duration initialBackoff) {
		this.initialBackoff = initialBackoff;
		return this;
	}

	/**
	 * Upper bound of the back-off ({@code elastic.bulk.max-backoff}).
	 */
	public BulkOptions maxBackoff(Duration maxBackoff) {
		this.maxBackoff = maxBackoff;
		return this;
	}

	/**
	 * Longest wait for a request slot or for the load to finish ({@code elastic.bulk.max-wait}).
	 */
	public BulkOptions maxWait(Duration maxWait) {
		this.maxWait = maxWait;
		return this;
	}

	/**
	 * Interval of the progress log line, {@code null} for none
	 * ({@code elastic.bulk.progress-interval}).
	 */
	public BulkOptions progressInterval(@Nullable Duration progressInterval) {
		this.progressInterval = progressInterval;
		return this;
	}

	/**
	 * How many operations the load is expected to carry, so that the progress line can tell
	 * the time left; 0 when unknown.
	 */
	public BulkOptions expectedTotal(long expectedTotal) {
		this.expectedTotal = expectedTotal;
		return this;
	}

	/**
	 * The dead-letter hook: called once for every operation that finally fails, with the
	 * operation and the reason. It runs on the load's worker thread and must not block for
	 * long. Without one, failures are logged at warning level (without their documents).
	 */
	public BulkOptions onFailure(Consumer<FailedItem> failureHandler) {
		this.failureHandler = failureHandler;
		return this;
	}

	public int getMaxOperations() {
		return this.maxOperations;
	}

	public DataSize getMaxBytes() {
		return this.maxBytes;
	}

	public int getConcurrency() {
		return this.concurrency;
	}

	public Duration getFlushInterval() {
		return this.flushInterval;
	}

	public int getMaxRetries() {
		return this.maxRetries;
	}

	public Duration getInitialBackoff() {
		return this.initialBackoff;
	}

	public Duration getMaxBackoff() {
		return this.maxBackoff;
	}

	public Duration getMaxWait() {
		return this.maxWait;
	}

	public @Nullable Duration getProgressInterval() {
		return this.progressInterval;
	}

	public long getExpectedTotal() {
		return this.expectedTotal;
	}

	public @Nullable Consumer<FailedItem> getFailureHandler() {
		return this.failureHandler;
	}

}
