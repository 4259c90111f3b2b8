package io.github.elasticstarter.scan;

import java.util.Arrays;
import java.util.List;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import co.elastic.clients.elasticsearch.core.search.Hit;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

/**
 * One scan, opened with {@link ElasticScan#open}: every document matching its query, in pages
 * read ahead by its slices. Close it (try-with-resources) to free its point in time on the
 * server; it closes itself after the last page, and when the application context stops.
 * <p>
 * Pages of one slice come in order; pages of different slices interleave in no set order. The
 * consumer takes pages from one thread at a time.
 *
 * @param <T> the type of the documents
 */
public final class DocumentScan<T> implements AutoCloseable {

	private static final Log logger = LogFactory.getLog(DocumentScan.class);

	private final String name;

	private final ScanOptions options;

	private final PageSource<T> source;

	private final PageBuffer<T> buffer;

	private final ScanMeters meters;

	private final ScanCheckpoint[] checkpoints;

	private final Consumer<DocumentScan<?>> onClosed;

	private final AtomicBoolean closed = new AtomicBoolean();

	private final AtomicLong taken = new AtomicLong();

	private final long startNanos = System.nanoTime();

	private volatile String closedBecause = "it was closed";

	private @Nullable ScheduledFuture<?> progress;

	DocumentScan(String name, ScanOptions options, PageSource<T> source, ScanMeters meters,
			Consumer<DocumentScan<?>> onClosed) {
		this.name = name;
		this.options = options;
		this.source = source;
		this.meters = meters;
		this.onClosed = onClosed;
		this.checkpoints = new ScanCheckpoint[options.getSlices()];
		for (int slice = 0; slice < this.checkpoints.length; slice++) {
			this.checkpoints[slice] = ScanCheckpoint.start(slice, this.checkpoints.length);
		}
		options.getResumeFrom().forEach((checkpoint) -> this.checkpoints[checkpoint.slice()] = checkpoint);
		this.buffer = new PageBuffer<>(source, options.getMaxBufferedPages(), Arrays.asList(this.checkpoints));
	}

	void start(ScheduledExecutorService worker) {
		if (this.options.getProgressInterval() != null) {
			long nanos = this.options.getProgressInterval().toNanos();
			this.progress = worker.scheduleAtFixedRate(new ScanProgressLog(this), nanos, nanos, TimeUnit.NANOSECONDS);
		}
		this.buffer.pump();
	}

	/**
	 * Return the name of the scan, as given to {@link ElasticScan#open}.
	 * @return the name, in the scan's metrics and log lines
	 */
	public String name() {
		return this.name;
	}

	/**
	 * Take the next page, waiting for it at most {@code max-wait}.
	 * @return the page, or {@code null} after the last one (the scan is then closed)
	 * @throws PointInTimeExpiredException when the point in time expired, with the checkpoints to resume from
	 * @throws ScanException when a page failed, no page came within {@code max-wait}, or the scan was closed
	 */
	public @Nullable ScanPage<T> nextPage() {
		if (this.closed.get()) {
			throw failure("Scan '" + this.name + "' is closed: " + this.closedBecause, null);
		}
		ScanPage<T> page;
		try {
			page = this.buffer.take(System.nanoTime() + this.options.getMaxWait().toNanos());
		}
		catch (PageBuffer.Stopped ex) {
			throw failure("Scan '" + this.name + "' was closed: " + this.closedBecause, null);
		}
		catch (PageBuffer.TimedOut ex) {
			close("no page came within max-wait");
			throw failure("Scan '" + this.name + "': no page came within max-wait (" + this.options.getMaxWait() + ")",
					null);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			close("its consumer was interrupted");
			throw failure("Scan '" + this.name + "' was interrupted", ex);
		}
		catch (Throwable ex) {
			close("a page failed");
			throw failure("Scan '" + this.name + "': a page failed: " + ex.getMessage(), ex);
		}
		if (page == null) {
			close("it was read to the end");
			return null;
		}
		this.checkpoints[page.slice()] = page.checkpoint();
		this.taken.addAndGet(page.hits().size());
		this.meters.pageTaken(page.hits().size());
		return page;
	}

	private ScanException failure(String message, @Nullable Throwable cause) {
		List<ScanCheckpoint> resume = checkpoints();
		if (cause != null && PageSources.contextMissing(cause) && this.source instanceof PointInTimeSource) {
			return new PointInTimeExpiredException(message + " (the point in time expired or was closed: resume from "
					+ "the checkpoints)", resume, cause);
		}
		return (cause != null) ? new ScanException(message, resume, cause) : new ScanException(message, resume);
	}

	/**
	 * The pages of the scan, closing it when the stream is closed.
	 * @return the pages, each taken when the stream asks for it
	 */
	public Stream<ScanPage<T>> pages() {
		Spliterator<ScanPage<T>> pages = new Spliterators.AbstractSpliterator<>(Long.MAX_VALUE,
				Spliterator.NONNULL | Spliterator.ORDERED) {

			@Override
			public boolean tryAdvance(Consumer<? super ScanPage<T>> action) {
				ScanPage<T> page = nextPage();
				if (page == null) {
					return false;
				}
				action.accept(page);
				return true;
			}

		};
		return StreamSupport.stream(pages, false).onClose(this::close);
	}

	/**
	 * The hits of the scan (id, index, document), closing it when the stream is closed.
	 * @return the hits
	 */
	public Stream<Hit<T>> hits() {
		return pages().flatMap((page) -> page.hits().stream());
	}

	/**
	 * The documents of the scan ({@code _source}), closing it when the stream is closed.
	 * @return the documents
	 */
	public Stream<T> documents() {
		return hits().map(Hit::source);
	}

	/**
	 * Where each slice stands after the last page taken: what to resume from.
	 * @return one checkpoint per slice
	 */
	public List<ScanCheckpoint> checkpoints() {
		return List.copyOf(Arrays.asList(this.checkpoints.clone()));
	}

	/**
	 * How many documents match, once every slice answered its first request.
	 * @return the hits of the point in time (of the slices read, when resumed), or -1 when not known yet
	 */
	public long total() {
		return this.buffer.total();
	}

	/**
	 * How many documents the consumer took.
	 * @return the documents taken
	 */
	public long taken() {
		return this.taken.get();
	}

	/**
	 * How many pages are read and wait for the consumer; at most {@code max-buffered-pages}.
	 * @return the pages in memory
	 */
	public int bufferedPages() {
		return this.buffer.buffered();
	}

	long elapsedNanos() {
		return System.nanoTime() - this.startNanos;
	}

	/**
	 * Stop reading and free the point in time (or scrolls) on the server, waiting for its
	 * answer at most {@code max-wait}. Closing again does nothing.
	 */
	@Override
	public void close() {
		close("it was closed");
	}

	void close(String because) {
		if (!this.closed.compareAndSet(false, true)) {
			return;
		}
		this.closedBecause = because;
		this.buffer.stop();
		if (this.progress != null) {
			this.progress.cancel(false);
		}
		try {
			this.source.release().get(this.options.getMaxWait().toNanos(), TimeUnit.NANOSECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			logger.warn("Scan '" + this.name + "': interrupted while freeing its point in time (or scrolls); the "
					+ "server frees it after " + this.options.getKeepAlive());
		}
		catch (Exception ex) {
			logger.warn("Scan '" + this.name + "': freeing its point in time (or scrolls) failed ("
					+ PageSources.unwrap(ex).getMessage() + "); the server frees it after " + this.options.getKeepAlive());
		}
		finally {
			this.meters.contextClosed();
			this.onClosed.accept(this);
		}
	}

}
