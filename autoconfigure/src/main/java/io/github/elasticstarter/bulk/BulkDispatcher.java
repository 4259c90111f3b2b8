package io.github.elasticstarter.bulk;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import co.elastic.clients.elasticsearch.ElasticsearchAsyncClient;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import org.jspecify.annotations.Nullable;

/**
 * Sends the requests of a load: at most {@code concurrency} in flight, each item that comes
 * back rejected for load sent again after an exponential back-off with jitter, each item that
 * finally fails handed to the {@link LoadTally}. Responses are handled on the worker thread,
 * never on the HTTP client's I/O threads.
 */
final class BulkDispatcher {

	private final String load;

	private final ElasticsearchAsyncClient client;

	private final BulkOptions options;

	private final OperationBuffer buffer;

	private final LoadTally tally;

	private final ScheduledExecutorService worker;

	private final Semaphore slots;

	private final BulkResponseHandler responses;

	private final RetryBackoff backoff;

	private final Set<InFlight> inFlight = ConcurrentHashMap.newKeySet();

	private final Set<RetryGroup> backingOff = ConcurrentHashMap.newKeySet();

	private volatile boolean finishing;

	private volatile @Nullable String abortReason;

	BulkDispatcher(String load, ElasticsearchAsyncClient client, BulkOptions options, OperationBuffer buffer,
			LoadTally tally, ScheduledExecutorService worker) {
		this.load = load;
		this.client = client;
		this.options = options;
		this.buffer = buffer;
		this.tally = tally;
		this.worker = worker;
		this.slots = new Semaphore(options.getConcurrency());
		this.responses = new BulkResponseHandler(options.getMaxRetries(), tally, this::retryLater);
		this.backoff = new RetryBackoff(options.getInitialBackoff(), options.getMaxBackoff());
	}

	/**
	 * Send the buffered operations while the buffer is full, waiting for a free request slot
	 * until the deadline.
	 * @throws BulkLoadException when no slot became free in time
	 */
	void sendFull(long deadlineNanos) {
		if (!send(false, deadlineNanos)) {
			throw new BulkLoadException("Bulk load '" + this.load + "' had no free request slot within max-wait ("
					+ this.options.getMaxWait() + "): all " + this.options.getConcurrency()
					+ " requests are still in flight or Elasticsearch keeps rejecting them");
		}
	}

	/**
	 * Send every buffered operation, waiting for free request slots until the deadline.
	 * @return whether the buffer was emptied in time
	 */
	boolean sendAll(long deadlineNanos) {
		return send(true, deadlineNanos);
	}

	private boolean send(boolean all, long deadlineNanos) {
		while (all ? !this.buffer.isEmpty() : this.buffer.isFull()) {
			if (!acquireSlot(deadlineNanos)) {
				return false;
			}
			if (!sendNextBatch()) {
				return true;
			}
		}
		return true;
	}

	/**
	 * Send what is ready without waiting: after a response, a back-off or a flush-interval tick.
	 */
	void pump() {
		while (this.abortReason == null && this.buffer.isReady(this.finishing) && this.slots.tryAcquire()) {
			if (!sendNextBatch()) {
				return;
			}
		}
	}

	/**
	 * From now on, send partly filled requests at once.
	 */
	void finishing() {
		this.finishing = true;
		this.worker.execute(this::pump);
	}

	/**
	 * Give up: cancel the requests in flight and fail every operation without an outcome.
	 */
	void abort(String reason) {
		this.abortReason = reason;
		for (InFlight flight : this.inFlight) {
			if (flight.resolve()) {
				flight.cancel();
				settle(flight);
				fail(flight.items, reason + "; it was in flight, so whether it was applied is unknown");
			}
		}
		for (RetryGroup group : this.backingOff) {
			if (this.backingOff.remove(group)) {
				group.cancelTimer();
				fail(group.items, reason + "; it was waiting to be retried");
			}
		}
		fail(this.buffer.takeAll(), reason + "; it was never sent");
	}

	private boolean acquireSlot(long deadlineNanos) {
		try {
			return this.slots.tryAcquire(Math.max(0, deadlineNanos - System.nanoTime()), TimeUnit.NANOSECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new BulkLoadException("Interrupted while waiting for a request slot of bulk load '" + this.load + "'");
		}
	}

	/**
	 * Send the next batch with the slot the caller holds.
	 * @return whether there was one
	 */
	private boolean sendNextBatch() {
		List<PendingItem> batch = this.buffer.take();
		if (batch.isEmpty()) {
			this.slots.release();
			return false;
		}
		String index = batch.get(0).index();
		boolean oneIndex = batch.stream().allMatch((item) -> item.index().equals(index));
		long bytes = 0;
		BulkRequest.Builder request = new BulkRequest.Builder();
		if (oneIndex) {
			request.index(index);
		}
		for (PendingItem item : batch) {
			item.sent();
			request.operations(item.operation(!oneIndex));
			bytes += item.size() + (oneIndex ? 0 : item.indexSize());
		}
		InFlight flight = new InFlight(batch);
		this.inFlight.add(flight);
		this.tally.requestStarted(bytes);
		String aborted = this.abortReason;
		if (aborted != null) {
			if (flight.resolve()) {
				complete(flight, null, null, aborted);
			}
			return false;
		}
		CompletableFuture<BulkResponse> future = bulk(request.build());
		flight.future = future;
		if (flight.isResolved()) {
			// aborted while the request was being sent
			future.cancel(true);
		}
		future.whenCompleteAsync((response, failure) -> {
			if (flight.resolve()) {
				complete(flight, response, failure, null);
			}
		}, this.worker);
		return true;
	}

	private CompletableFuture<BulkResponse> bulk(BulkRequest request) {
		try {
			return this.client.bulk(request);
		}
		catch (RuntimeException ex) {
			return CompletableFuture.failedFuture(ex);
		}
	}

	private void complete(InFlight flight, @Nullable BulkResponse response, @Nullable Throwable failure,
			@Nullable String aborted) {
		settle(flight);
		try {
			if (aborted != null) {
				fail(flight.items, aborted + "; it was never sent");
			}
			else if (response != null) {
				this.responses.handle(flight.items, response);
			}
			else {
				this.responses.handle(flight.items, RequestFailure.of((failure != null) ? failure
						: new IllegalStateException("The bulk request completed without a response")));
			}
		}
		finally {
			pump();
		}
	}

	/**
	 * Free the slot of a request that got its outcome.
	 */
	private void settle(InFlight flight) {
		this.inFlight.remove(flight);
		this.tally.requestFinished(System.nanoTime() - flight.startNanos);
		this.slots.release();
	}

	private void retryLater(List<PendingItem> items) {
		String aborted = this.abortReason;
		if (aborted != null) {
			fail(items, aborted);
			return;
		}
		int attempts = items.stream().mapToInt(PendingItem::attempts).max().orElse(1);
		RetryGroup group = new RetryGroup(items);
		this.backingOff.add(group);
		group.timer = this.worker.schedule(() -> {
			if (this.backingOff.remove(group)) {
				this.buffer.requeue(items);
				pump();
			}
		}, this.backoff.delay(attempts).toNanos(), TimeUnit.NANOSECONDS);
	}

	private void fail(List<PendingItem> items, String reason) {
		for (PendingItem item : items) {
			this.tally.failed(item, 0, reason);
		}
	}

	/**
	 * Operations waiting out a back-off together; whoever removes the group first (the timer
	 * or an abort) settles them. An abort also cancels the timer, so that a load given up does
	 * not keep its operations (and their documents) in memory until the back-off ends.
	 */
	private static final class RetryGroup {

		private final List<PendingItem> items;

		private volatile @Nullable ScheduledFuture<?> timer;

		RetryGroup(List<PendingItem> items) {
			this.items = items;
		}

		void cancelTimer() {
			ScheduledFuture<?> scheduled = this.timer;
			if (scheduled != null) {
				scheduled.cancel(false);
			}
		}

	}

	/**
	 * A request in flight; whoever resolves it first (its response or an abort) settles its
	 * operations.
	 */
	private static final class InFlight {

		private final List<PendingItem> items;

		private final long startNanos = System.nanoTime();

		private final AtomicBoolean resolved = new AtomicBoolean();

		private volatile @Nullable CompletableFuture<BulkResponse> future;

		InFlight(List<PendingItem> items) {
			this.items = new ArrayList<>(items);
		}

		boolean resolve() {
			return this.resolved.compareAndSet(false, true);
		}

		boolean isResolved() {
			return this.resolved.get();
		}

		void cancel() {
			CompletableFuture<BulkResponse> request = this.future;
			if (request != null) {
				request.cancel(true);
			}
		}

	}

}
