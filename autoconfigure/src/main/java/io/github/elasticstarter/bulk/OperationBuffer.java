package io.github.elasticstarter.bulk;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * The operations of a load waiting for a request: operations due for a retry first, then new
 * ones in the order they were added.
 */
final class OperationBuffer {

	private final ArrayDeque<PendingItem> items = new ArrayDeque<>();

	private final int maxOperations;

	private final long maxBytes;

	private final long flushIntervalNanos;

	private long bytes;

	private int retries;

	private long oldestNanos;

	private boolean closed;

	OperationBuffer(BulkOptions options) {
		this.maxOperations = options.getMaxOperations();
		this.maxBytes = options.getMaxBytes().toBytes();
		this.flushIntervalNanos = options.getFlushInterval().toNanos();
	}

	/**
	 * Add an operation unless the buffer is closed.
	 * @return whether it was added
	 */
	synchronized boolean add(PendingItem item) {
		if (this.closed) {
			return false;
		}
		if (this.items.isEmpty()) {
			this.oldestNanos = System.nanoTime();
		}
		this.items.addLast(item);
		this.bytes += item.size();
		return true;
	}

	/**
	 * Refuse new operations from now on; retries are still taken.
	 */
	synchronized void close() {
		this.closed = true;
	}

	synchronized void requeue(List<PendingItem> retries) {
		if (this.items.isEmpty()) {
			this.oldestNanos = System.nanoTime();
		}
		for (int i = retries.size() - 1; i >= 0; i--) {
			this.items.addFirst(retries.get(i));
			this.bytes += retries.get(i).size();
		}
		this.retries += retries.size();
	}

	synchronized boolean isFull() {
		return this.items.size() >= this.maxOperations || this.bytes >= this.maxBytes;
	}

	/**
	 * Whether a request should go now: the buffer is full, holds retries, waited for the flush
	 * interval, or the load is finishing.
	 */
	synchronized boolean isReady(boolean finishing) {
		return !this.items.isEmpty() && (finishing || this.retries > 0 || isFull()
				|| System.nanoTime() - this.oldestNanos >= this.flushIntervalNanos);
	}

	synchronized boolean isEmpty() {
		return this.items.isEmpty();
	}

	/**
	 * The operations of the next request: at most max-operations of them and max-bytes (or a
	 * single larger one).
	 */
	synchronized List<PendingItem> take() {
		List<PendingItem> batch = new ArrayList<>(Math.min(this.items.size(), this.maxOperations));
		long batchBytes = 0;
		while (!this.items.isEmpty() && batch.size() < this.maxOperations
				&& (batch.isEmpty() || batchBytes + this.items.peekFirst().size() <= this.maxBytes)) {
			PendingItem item = this.items.pollFirst();
			batch.add(item);
			batchBytes += item.size();
		}
		this.bytes -= batchBytes;
		this.retries = Math.max(0, this.retries - batch.size());
		this.oldestNanos = System.nanoTime();
		return batch;
	}

	synchronized List<PendingItem> takeAll() {
		List<PendingItem> all = new ArrayList<>(this.items);
		this.items.clear();
		this.bytes = 0;
		this.retries = 0;
		return all;
	}

}
