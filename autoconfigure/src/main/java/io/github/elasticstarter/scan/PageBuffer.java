package io.github.elasticstarter.scan;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

import org.jspecify.annotations.Nullable;

/**
 * The pages read ahead of a scan's consumer. Each slice has at most one request in flight, and
 * pages buffered plus requests in flight never exceed the bound: a consumer slower than the
 * readers holds them back, whatever the index size. Requests are asynchronous; a page's arrival
 * or the consumer taking one starts the next requests, so no thread waits for the server.
 *
 * @param <T> the type of the documents
 */
final class PageBuffer<T> {

	private final ReentrantLock lock = new ReentrantLock();

	private final Condition changed = this.lock.newCondition();

	/** Pages, and the failure that ends the scan. */
	private final ArrayDeque<Object> items = new ArrayDeque<>();

	/** Slices waiting for a request, where they stand. */
	private final ArrayDeque<ScanCheckpoint> idle = new ArrayDeque<>();

	private final Set<CompletableFuture<?>> inFlight = new HashSet<>();

	private final Set<Integer> counted = new HashSet<>();

	private final PageSource<T> source;

	private final int bound;

	private final int slicesToCount;

	private int slicesLeft;

	private long total;

	private int slicesCounted;

	private boolean stopped;

	private boolean failed;

	PageBuffer(PageSource<T> source, int bound, List<ScanCheckpoint> starts) {
		this.source = source;
		this.bound = bound;
		starts.stream().filter((start) -> !start.complete()).forEach(this.idle::add);
		this.slicesLeft = this.idle.size();
		this.slicesToCount = this.idle.size();
	}

	/**
	 * Start requests while the bound allows.
	 */
	void pump() {
		this.lock.lock();
		try {
			while (!this.stopped && !this.failed && !this.idle.isEmpty()
					&& this.items.size() + this.inFlight.size() < this.bound) {
				ScanCheckpoint from = this.idle.poll();
				CompletableFuture<PageSource.Fetched<T>> request;
				try {
					request = this.source.fetch(from, this.counted.add(from.slice()));
				}
				catch (RuntimeException ex) {
					request = CompletableFuture.failedFuture(ex);
				}
				this.inFlight.add(request);
				CompletableFuture<PageSource.Fetched<T>> sent = request;
				request.whenComplete((fetched, ex) -> arrived(sent, fetched, ex));
			}
		}
		finally {
			this.lock.unlock();
		}
	}

	private void arrived(CompletableFuture<?> request, PageSource.@Nullable Fetched<T> fetched, @Nullable Throwable ex) {
		this.lock.lock();
		try {
			if (!this.inFlight.remove(request) || this.stopped) {
				return;
			}
			if (ex != null || fetched == null) {
				this.failed = true;
				this.items.add((ex != null) ? PageSources.unwrap(ex) : new IllegalStateException("No page"));
			}
			else {
				if (fetched.total() >= 0) {
					this.total += fetched.total();
					this.slicesCounted++;
				}
				ScanPage<T> page = fetched.page();
				this.items.add(page);
				if (page.checkpoint().complete()) {
					this.slicesLeft--;
				}
				else {
					this.idle.add(page.checkpoint());
				}
			}
			this.changed.signalAll();
		}
		finally {
			this.lock.unlock();
		}
		pump();
	}

	/**
	 * The next page, waiting for it at most until the deadline.
	 * @return the page, or {@code null} when every slice is complete
	 * @throws Throwable the failure of a page, or {@link Stopped} or {@link TimedOut}
	 */
	@Nullable ScanPage<T> take(long deadlineNanos) throws Throwable {
		this.lock.lock();
		try {
			while (true) {
				Object item = this.items.poll();
				if (item instanceof Throwable failure) {
					throw failure;
				}
				if (item != null) {
					pump();
					@SuppressWarnings("unchecked")
					ScanPage<T> page = (ScanPage<T>) item;
					return page;
				}
				if (this.stopped) {
					throw new Stopped();
				}
				if (this.slicesLeft == 0) {
					return null;
				}
				long left = deadlineNanos - System.nanoTime();
				if (left <= 0) {
					throw new TimedOut();
				}
				this.changed.awaitNanos(left);
			}
		}
		finally {
			this.lock.unlock();
		}
	}

	/**
	 * Stop reading: forget the buffered pages, cancel the requests in flight, and wake the
	 * consumer.
	 */
	void stop() {
		List<CompletableFuture<?>> requests;
		this.lock.lock();
		try {
			this.stopped = true;
			this.items.clear();
			requests = new ArrayList<>(this.inFlight);
			this.inFlight.clear();
			this.changed.signalAll();
		}
		finally {
			this.lock.unlock();
		}
		requests.forEach((request) -> request.cancel(true));
	}

	int buffered() {
		this.lock.lock();
		try {
			return this.items.size();
		}
		finally {
			this.lock.unlock();
		}
	}

	/**
	 * The hits of the slices read, once each has answered its first request.
	 * @return the total, or -1 when not known yet
	 */
	long total() {
		this.lock.lock();
		try {
			return (this.slicesCounted == this.slicesToCount) ? this.total : -1;
		}
		finally {
			this.lock.unlock();
		}
	}

	/** The scan was stopped while its consumer waited. */
	static final class Stopped extends Exception {

	}

	/** No page arrived in time. */
	static final class TimedOut extends Exception {

	}

}
