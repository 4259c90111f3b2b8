package io.github.elasticstarter.autoconfigure.bulk;

import java.time.Duration;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;

import org.springframework.util.unit.DataSize;

/**
 * The settings of one bulk load: they start as the {@code elastic.bulk.*} properties and can be
 * overridden in {@link ElasticBulk#open(String, Consumer)}. See {@link ElasticBulkProperties}
 * for what each setting means.
 */
public final class BulkOptions {

	private int maxOperations;

	private DataSize maxBytes;

	private int concurrency;

	private Duration flushInterval;

	private int maxRetries;

	private Duration initialBackoff;

	private Duration maxBackoff;

	private Duration maxWait;

	private @Nullable Duration progressInterval;

	private long expectedTotal;

	private @Nullable Consumer<FailedItem> failureHandler;

	BulkOptions(ElasticBulkProperties properties) {
		this.maxOperations = properties.getMaxOperations();
		this.maxBytes = properties.getMaxBytes();
		this.concurrency = properties.getConcurrency();
		this.flushInterval = properties.getFlushInterval();
		this.maxRetries = properties.getMaxRetries();
		this.initialBackoff = properties.getInitialBackoff();
		this.maxBackoff = properties.getMaxBackoff();
		this.maxWait = properties.getMaxWait();
		this.progressInterval = properties.getProgressInterval();
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
