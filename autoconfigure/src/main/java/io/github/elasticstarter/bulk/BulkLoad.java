package io.github.elasticstarter.bulk;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import co.elastic.clients.elasticsearch.ElasticsearchAsyncClient;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.json.JsonpMapper;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

/**
 * One bulk load, opened with {@link ElasticBulk#open}: operations added from any thread are
 * grouped into bulk requests and sent with at most {@code concurrency} requests in flight;
 * {@link #finish()} (or {@link #close()}) sends the rest and waits for every outcome.
 * <p>
 * When all requests are in flight, adding waits for one to finish, at most {@code max-wait},
 * then throws {@link BulkLoadException}. Requests in flight at the same time, and retries, may
 * apply in any order: separate operations on the same document with {@link #flush()}. Operations rejected for load (429) are sent again
 * alone, after a back-off. After a request failed without a response (a timeout, a node lost),
 * only operations with an id are sent again: an {@code index} without id could then be
 * indexed twice, so it is reported as failed instead. Every operation that finally fails
 * reaches the dead-letter hook ({@link BulkOptions#onFailure}).
 */
public final class BulkLoad implements AutoCloseable {

	private static final Log logger = LogFactory.getLog(BulkLoad.class);

	private final String name;

	private final BulkOptions options;

	private final JsonpMapper mapper;

	private final OperationBuffer buffer;

	private final LoadTally tally;

	private final BulkDispatcher dispatcher;

	private final List<ScheduledFuture<?>> ticks = new ArrayList<>();

	private final Consumer<BulkLoad> onFinished;

	private volatile String closedBecause = "it was finished";

	private @Nullable BulkResult result;

	BulkLoad(String name, BulkOptions options, ElasticsearchAsyncClient client, LoadMeters meters,
			ScheduledExecutorService worker, Consumer<BulkLoad> onFinished) {
		this.name = name;
		this.options = options;
		this.mapper = client._jsonpMapper();
		this.buffer = new OperationBuffer(options);
		this.tally = new LoadTally(name, meters, options.getFailureHandler());
		this.dispatcher = new BulkDispatcher(name, client, options, this.buffer, this.tally, worker);
		this.onFinished = onFinished;
		// ticking at half the interval keeps an operation's wait within 1.5 intervals
		long tickNanos = Math.max(options.getFlushInterval().toNanos() / 2, TimeUnit.MILLISECONDS.toNanos(1));
		this.ticks.add(worker.scheduleWithFixedDelay(this.dispatcher::pump, tickNanos, tickNanos,
				TimeUnit.NANOSECONDS));
		if (options.getProgressInterval() != null) {
			long progressNanos = options.getProgressInterval().toNanos();
			this.ticks.add(worker.scheduleAtFixedRate(new ProgressLog(name, this.tally, options.getExpectedTotal()),
					progressNanos, progressNanos, TimeUnit.NANOSECONDS));
		}
	}

	public String name() {
		return this.name;
	}

	/**
	 * Index a document (an {@code index} operation): replaces the document with the same id, or
	 * lets Elasticsearch generate the id when {@code id} is {@code null}.
	 * @param document the document, serialized with the client's JSON mapper
	 */
	public void add(String index, @Nullable String id, Object document) {
		enqueue(BulkOperations.index(index, id, document, this.mapper));
	}

	/**
	 * Create a document, which fails with a conflict when one with this id exists.
	 */
	public void create(String index, String id, Object document) {
		enqueue(BulkOperations.create(index, id, document, this.mapper));
	}

	/**
	 * Merge a partial document into the document with this id.
	 */
	public void update(String index, String id, Object partialDocument) {
		enqueue(BulkOperations.update(index, id, partialDocument, this.mapper));
	}

	/**
	 * Delete the document with this id; a missing document counts as success.
	 */
	public void delete(String index, String id) {
		enqueue(BulkOperations.delete(index, id));
	}

	/**
	 * Add an operation built with the client's API (for scripts, upserts, routing, pipelines,
	 * versions...). It must name its index. A scripted update that is not idempotent may be
	 * applied twice if its request fails without a response and is sent again.
	 */
	public void add(BulkOperation operation) {
		enqueue(BulkOperations.of(operation, this.mapper));
	}

	/**
	 * Send the operations added so far and wait until each has succeeded or failed, at most
	 * {@code max-wait}: a barrier between operations that must apply in order, since requests
	 * in flight at the same time (and retries) may apply in any order.
	 * @throws BulkLoadException when they did not all get an outcome in time; they stay in the
	 * load and are sent, or reported as failed, when it finishes
	 */
	public void flush() {
		long deadline = deadline();
		try {
			if (this.dispatcher.sendAll(deadline) && this.tally.awaitOutcomes(deadline)) {
				return;
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		throw new BulkLoadException("Bulk load '" + this.name + "' could not settle its operations within max-wait ("
				+ this.options.getMaxWait() + ")");
	}

	/**
	 * Send the remaining operations and wait for every outcome, at most {@code max-wait}. When
	 * that runs out, requests in flight are cancelled and every operation without an outcome
	 * is reported as failed. Later calls return the same result; adding is refused afterwards.
	 */
	public BulkResult finish() {
		return finish("it was finished", deadline());
	}

	/**
	 * Same as {@link #finish()}, for try-with-resources.
	 */
	@Override
	public void close() {
		finish();
	}

	synchronized BulkResult finish(String reason, long deadlineNanos) {
		if (this.result != null) {
			return this.result;
		}
		this.closedBecause = reason;
		this.buffer.close();
		this.dispatcher.finishing();
		try {
			if (!this.dispatcher.sendAll(deadlineNanos) || !this.tally.awaitOutcomes(deadlineNanos)) {
				this.dispatcher.abort("Bulk load '" + this.name + "' did not finish within max-wait ("
						+ this.options.getMaxWait() + ")");
				this.tally.awaitOutcomes(System.nanoTime() + TimeUnit.SECONDS.toNanos(1));
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			this.dispatcher.abort("Bulk load '" + this.name + "' was interrupted while finishing");
		}
		finally {
			this.ticks.forEach((tick) -> tick.cancel(false));
		}
		BulkResult finished = this.tally.result();
		this.result = finished;
		log(finished);
		this.onFinished.accept(this);
		return finished;
	}

	private void enqueue(PendingItem item) {
		this.tally.added();
		if (!this.buffer.add(item)) {
			this.tally.notAdded();
			throw new IllegalStateException("Bulk load '" + this.name + "' is closed because " + this.closedBecause
					+ "; open a new load");
		}
		if (this.buffer.isFull()) {
			this.dispatcher.sendFull(deadline());
		}
	}

	long maxWaitNanos() {
		return this.options.getMaxWait().toNanos();
	}

	/**
	 * Send partly filled requests at once from now on, ahead of {@link #finish()}.
	 */
	void finishing() {
		this.dispatcher.finishing();
	}

	private long deadline() {
		return System.nanoTime() + this.options.getMaxWait().toNanos();
	}

	private void log(BulkResult finished) {
		if (finished.hasFailures()) {
			logger.warn("Bulk load '" + this.name + "' finished with " + finished.failed() + " failed operations: "
					+ finished);
		}
		else if (logger.isDebugEnabled()) {
			logger.debug("Bulk load '" + this.name + "' finished: " + finished);
		}
	}

}
