package io.github.elasticstarter.autoconfigure.scan;

import java.time.Duration;

import io.github.elasticstarter.scan.ScanOptions;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Defaults of every scan, under {@code elastic.scan.*}; a scan can override each of them with
 * {@link ScanOptions}.
 * <p>
 * The javadoc of each field is the help text that IDEs show for the property.
 */
@ConfigurationProperties("elastic.scan")
public class ElasticScanProperties {

	/**
	 * Documents per search request of a scan, 1 to 10000. Larger pages cost fewer round trips
	 * and more memory (up to "max-buffered-pages" of them).
	 */
	private int pageSize = 1000;

	/**
	 * How long the point in time (or scroll) of a scan stays open after each page; each page
	 * renews it. The consumer must take the next page of a slice within it.
	 */
	private Duration keepAlive = Duration.ofMinutes(1);

	/**
	 * How many slices of a scan read concurrently, each with its own requests. Documents of
	 * different slices come in no set order.
	 */
	private int slices = 1;

	/**
	 * Most pages of a scan read ahead of its consumer, in memory or being read. A consumer
	 * slower than the readers holds them back at this bound.
	 */
	private int maxBufferedPages = 4;

	/**
	 * Longest time the consumer of a scan waits for the next page, and closing waits for the
	 * point in time to close.
	 */
	private Duration maxWait = Duration.ofMinutes(5);

	/**
	 * Whether a scan reads with scroll when the server refuses to open a point in time (a
	 * server without point in time, or a key without the privilege). Scroll scans cannot resume.
	 */
	private boolean scrollFallback = true;

	/**
	 * Interval of a progress log line (documents, of how many, rate) for each open scan. Off
	 * when not set.
	 */
	private @Nullable Duration progressInterval;

	/**
	 * Return the documents per search request of a scan.
	 * @return the page size
	 */
	public int getPageSize() {
		return this.pageSize;
	}

	/**
	 * Set the documents per search request of a scan.
	 * @param pageSize the page size
	 */
	public void setPageSize(int pageSize) {
		this.pageSize = pageSize;
	}

	/**
	 * Return how long the point in time of a scan stays open after each page.
	 * @return the keep-alive
	 */
	public Duration getKeepAlive() {
		return this.keepAlive;
	}

	/**
	 * Set how long the point in time of a scan stays open after each page.
	 * @param keepAlive the keep-alive
	 */
	public void setKeepAlive(Duration keepAlive) {
		this.keepAlive = keepAlive;
	}

	/**
	 * Return how many slices of a scan read concurrently.
	 * @return the slices
	 */
	public int getSlices() {
		return this.slices;
	}

	/**
	 * Set how many slices of a scan read concurrently.
	 * @param slices the slices
	 */
	public void setSlices(int slices) {
		this.slices = slices;
	}

	/**
	 * Return the most pages of a scan read ahead of its consumer.
	 * @return the pages
	 */
	public int getMaxBufferedPages() {
		return this.maxBufferedPages;
	}

	/**
	 * Set the most pages of a scan read ahead of its consumer.
	 * @param maxBufferedPages the pages
	 */
	public void setMaxBufferedPages(int maxBufferedPages) {
		this.maxBufferedPages = maxBufferedPages;
	}

	/**
	 * Return the longest wait for the next page or for closing.
	 * @return the longest wait
	 */
	public Duration getMaxWait() {
		return this.maxWait;
	}

	/**
	 * Set the longest wait for the next page or for closing.
	 * @param maxWait the longest wait
	 */
	public void setMaxWait(Duration maxWait) {
		this.maxWait = maxWait;
	}

	/**
	 * Return whether a scan reads with scroll when no point in time can be opened.
	 * @return whether to fall back to scroll
	 */
	public boolean isScrollFallback() {
		return this.scrollFallback;
	}

	/**
	 * Set whether a scan reads with scroll when no point in time can be opened.
	 * @param scrollFallback whether to fall back to scroll
	 */
	public void setScrollFallback(boolean scrollFallback) {
		this.scrollFallback = scrollFallback;
	}

	/**
	 * Return the interval of the progress log line of each open scan.
	 * @return the interval, or {@code null} for no progress line
	 */
	public @Nullable Duration getProgressInterval() {
		return this.progressInterval;
	}

	/**
	 * Set the interval of the progress log line of each open scan.
	 * @param progressInterval the interval, or {@code null} for no progress line
	 */
	public void setProgressInterval(@Nullable Duration progressInterval) {
		this.progressInterval = progressInterval;
	}

}
