package io.github.elasticstarter.scan;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;

/**
 * The settings of one scan: they start as the {@link ElasticScan}'s defaults (the
 * {@code elastic.scan.*} properties, with the starter's client) and can be overridden in
 * {@link ElasticScan#open(String, co.elastic.clients.elasticsearch._types.query_dsl.Query, Class, Consumer)}.
 * A new instance holds the defaults of the {@code elastic.scan.*} properties.
 */
public final class ScanOptions {

	private int pageSize = 1000;

	private Duration keepAlive = Duration.ofMinutes(1);

	private int slices = 1;

	private int maxBufferedPages = 4;

	private Duration maxWait = Duration.ofMinutes(5);

	private boolean scrollFallback = true;

	private @Nullable Duration progressInterval;

	private List<ScanCheckpoint> resumeFrom = List.of();

	private @Nullable String name;

	/**
	 * Options with the defaults of the {@code elastic.scan.*} properties.
	 */
	public ScanOptions() {
	}

	ScanOptions(ScanOptions defaults) {
		this.pageSize = defaults.pageSize;
		this.keepAlive = defaults.keepAlive;
		this.slices = defaults.slices;
		this.maxBufferedPages = defaults.maxBufferedPages;
		this.maxWait = defaults.maxWait;
		this.scrollFallback = defaults.scrollFallback;
		this.progressInterval = defaults.progressInterval;
		this.resumeFrom = defaults.resumeFrom;
		this.name = defaults.name;
	}

	/**
	 * Check every option.
	 * @return these options
	 * @throws InvalidScanOptionException naming the first option out of range
	 */
	public ScanOptions validate() {
		ScanOptionsValidator.validate(this);
		return this;
	}

	/**
	 * Documents per search request ({@code elastic.scan.page-size}).
	 * @param pageSize documents per page, 1 to 10,000
	 * @return these options
	 */
	public ScanOptions pageSize(int pageSize) {
		this.pageSize = pageSize;
		return this;
	}

	/**
	 * How long the point in time (or scroll) stays open after each page
	 * ({@code elastic.scan.keep-alive}).
	 * @param keepAlive the keep-alive, renewed with every page
	 * @return these options
	 */
	public ScanOptions keepAlive(Duration keepAlive) {
		this.keepAlive = keepAlive;
		return this;
	}

	/**
	 * How many slices read concurrently ({@code elastic.scan.slices}).
	 * @param slices slices, at least 1
	 * @return these options
	 */
	public ScanOptions slices(int slices) {
		this.slices = slices;
		return this;
	}

	/**
	 * Most pages read ahead of the consumer, in memory or being read
	 * ({@code elastic.scan.max-buffered-pages}).
	 * @param maxBufferedPages pages, at least 1
	 * @return these options
	 */
	public ScanOptions maxBufferedPages(int maxBufferedPages) {
		this.maxBufferedPages = maxBufferedPages;
		return this;
	}

	/**
	 * Longest wait of the consumer for the next page, and of closing for the point in time to
	 * close ({@code elastic.scan.max-wait}).
	 * @param maxWait the longest wait
	 * @return these options
	 */
	public ScanOptions maxWait(Duration maxWait) {
		this.maxWait = maxWait;
		return this;
	}

	/**
	 * Whether a scan reads with scroll when the server refuses to open a point in time
	 * ({@code elastic.scan.scroll-fallback}).
	 * @param scrollFallback {@code false} to fail instead
	 * @return these options
	 */
	public ScanOptions scrollFallback(boolean scrollFallback) {
		this.scrollFallback = scrollFallback;
		return this;
	}

	/**
	 * Interval of the progress log line, {@code null} for none
	 * ({@code elastic.scan.progress-interval}).
	 * @param progressInterval time between progress lines, or {@code null}
	 * @return these options
	 */
	public ScanOptions progressInterval(@Nullable Duration progressInterval) {
		this.progressInterval = progressInterval;
		return this;
	}

	/**
	 * Start each slice after its checkpoint (from {@link ScanPage#checkpoint()} or
	 * {@link ScanException#checkpoints()}), on a new point in time; slices without one start
	 * from the beginning, complete ones are not read again. The scan must have the checkpoints'
	 * number of slices.
	 * @param checkpoints at most one per slice
	 * @return these options
	 */
	public ScanOptions resumeFrom(Collection<ScanCheckpoint> checkpoints) {
		this.resumeFrom = List.copyOf(checkpoints);
		return this;
	}

	/**
	 * The scan's name, in its metrics ({@code scan} tag) and log lines; without one, the index
	 * it reads. Name scans of dated or generated indices, so that the tag keeps few values.
	 * @param name the name, or {@code null} for the index
	 * @return these options
	 */
	public ScanOptions name(@Nullable String name) {
		this.name = name;
		return this;
	}

	/**
	 * Return the documents per search request.
	 * @return the page size
	 */
	public int getPageSize() {
		return this.pageSize;
	}

	/**
	 * Return how long the point in time stays open after each page.
	 * @return the keep-alive
	 */
	public Duration getKeepAlive() {
		return this.keepAlive;
	}

	/**
	 * Return how many slices read concurrently.
	 * @return the slices
	 */
	public int getSlices() {
		return this.slices;
	}

	/**
	 * Return the most pages read ahead of the consumer.
	 * @return the pages
	 */
	public int getMaxBufferedPages() {
		return this.maxBufferedPages;
	}

	/**
	 * Return the longest wait for the next page or for closing.
	 * @return the longest wait
	 */
	public Duration getMaxWait() {
		return this.maxWait;
	}

	/**
	 * Return whether a scan reads with scroll when no point in time can be opened.
	 * @return whether to fall back to scroll
	 */
	public boolean isScrollFallback() {
		return this.scrollFallback;
	}

	/**
	 * Return the interval of the progress log line.
	 * @return the interval, or {@code null} for no progress line
	 */
	public @Nullable Duration getProgressInterval() {
		return this.progressInterval;
	}

	/**
	 * Return the checkpoints the scan starts from.
	 * @return the checkpoints, empty to start from the beginning
	 */
	public List<ScanCheckpoint> getResumeFrom() {
		return this.resumeFrom;
	}

	/**
	 * Return the scan's name.
	 * @return the name, or {@code null} for the index
	 */
	public @Nullable String getName() {
		return this.name;
	}

}
