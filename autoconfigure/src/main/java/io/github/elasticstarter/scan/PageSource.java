package io.github.elasticstarter.scan;

import java.util.concurrent.CompletableFuture;

/**
 * Where the pages of a scan come from: a point in time read with {@code search_after}, or scrolls.
 *
 * @param <T> the type of the documents
 */
interface PageSource<T> {

	/**
	 * Read the page of a slice after its checkpoint.
	 * @param after where the slice stands
	 * @param first whether this is the slice's first request of this scan, which counts the hits
	 * @return the page, and the slice's hit total when {@code first}
	 */
	CompletableFuture<Fetched<T>> fetch(ScanCheckpoint after, boolean first);

	/**
	 * Free what the scan holds on the server: close the point in time, or clear the scrolls.
	 * @return when the server answered
	 */
	CompletableFuture<?> release();

	/**
	 * A page read, and the hit total of its slice when it was the slice's first.
	 *
	 * @param <T> the type of the documents
	 * @param page the page
	 * @param total the slice's hits, or -1 when not counted
	 */
	record Fetched<T>(ScanPage<T> page, long total) {
	}

}
