package io.github.elasticstarter.scan;

import java.util.List;

import co.elastic.clients.elasticsearch.core.search.Hit;

/**
 * One page of a scan: the hits of one search request of one slice, and the checkpoint after it.
 *
 * @param <T> the type of the documents
 * @param hits the hits, with their ids, indices and documents
 * @param checkpoint where the slice stands after this page
 */
public record ScanPage<T>(List<Hit<T>> hits, ScanCheckpoint checkpoint) {

	/**
	 * The documents of the page's hits, in their order.
	 * @return the documents ({@code _source})
	 */
	public List<T> documents() {
		return this.hits.stream().map(Hit::source).toList();
	}

	/**
	 * The slice the page was read from.
	 * @return the slice, from 0
	 */
	public int slice() {
		return this.checkpoint.slice();
	}

}
