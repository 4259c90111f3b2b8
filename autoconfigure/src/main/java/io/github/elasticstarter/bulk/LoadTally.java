package io.github.elasticstarter.bulk;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

/**
 * Counts what happens to the operations of a load, hands each final failure to the dead-letter
 * hook, and lets the load wait until every operation has an outcome.
 */
final class LoadTally {

	private static final Log logger = LogFactory.getLog(BulkLoad.class);

	private final String load;

	private final LoadMeters meters;

	private final @Nullable Consumer<FailedItem> failureHandler;

	private final long startNanos = System.nanoTime();

	private final AtomicLong added = new AtomicLong();

	private final AtomicLong succeeded = new AtomicLong();

	private final AtomicLong failed = new AtomicLong();

	private final AtomicLong retried = new AtomicLong();

	private final AtomicLong requests = new AtomicLong();

	private final AtomicLong bytes = new AtomicLong();

	private final Object outcomes = new Object();

	LoadTally(String load, LoadMeters meters, @Nullable Consumer<FailedItem> failureHandler) {
		this.load = load;
		this.meters = meters;
		this.failureHandler = failureHandler;
	}

	void added() {
		this.added.incrementAndGet();
	}

	void notAdded() {
		this.added.decrementAndGet();
	}

	void requestStarted(long requestBytes) {
		this.requests.incrementAndGet();
		this.bytes.addAndGet(requestBytes);
		this.meters.requestStarted(requestBytes);
	}

	void requestFinished(long nanos) {
		this.meters.requestFinished(nanos);
	}

	void retrying(PendingItem item) {
		if (item.attempts() == 1) {
			this.retried.incrementAndGet();
		}
		this.meters.retried(1);
	}

	void succeeded(int count) {
		this.succeeded.addAndGet(count);
		this.meters.succeeded(count);
		signal();
	}

	void failed(PendingItem item, int status, String reason) {
		FailedItem failure = new FailedItem(this.load, item.operation(true), status, reason, item.attempts());
		try {
			if (this.failureHandler != null) {
				this.failureHandler.accept(failure);
			}
			else {
				logger.warn("Bulk operation failed: " + failure);
			}
		}
		catch (RuntimeException ex) {
			logger.error("The dead-letter hook of bulk load '" + this.load + "' failed for " + failure, ex);
		}
		finally {
			this.failed.incrementAndGet();
			this.meters.failed(1);
			signal();
		}
	}

	long outstanding() {
		return this.added.get() - this.succeeded.get() - this.failed.get();
	}

	long done() {
		return this.succeeded.get() + this.failed.get();
	}

	Duration elapsed() {
		return Duration.ofNanos(System.nanoTime() - this.startNanos);
	}

	/**
	 * Wait until every operation added so far succeeded or failed.
	 * @return whether they all did before the deadline
	 */
	boolean awaitOutcomes(long deadlineNanos) throws InterruptedException {
		synchronized (this.outcomes) {
			long left = deadlineNanos - System.nanoTime();
			while (outstanding() > 0 && left > 0) {
				this.outcomes.wait(Math.max(1, left / 1_000_000));
				left = deadlineNanos - System.nanoTime();
			}
			return outstanding() <= 0;
		}
	}

	BulkResult result() {
		return new BulkResult(this.load, this.succeeded.get(), this.failed.get(), this.retried.get(),
				this.requests.get(), this.bytes.get(), elapsed());
	}

	private void signal() {
		synchronized (this.outcomes) {
			this.outcomes.notifyAll();
		}
	}

}
