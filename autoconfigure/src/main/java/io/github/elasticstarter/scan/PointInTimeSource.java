package io.github.elasticstarter.scan;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import co.elastic.clients.elasticsearch.ElasticsearchAsyncClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.Time;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.search.Hit;
import org.jspecify.annotations.Nullable;

/**
 * Pages read from a point in time with {@code search_after}, sorted by {@code _shard_doc} (the
 * cheapest total order), the keep-alive renewed with every request.
 *
 * @param <T> the type of the documents
 */
final class PointInTimeSource<T> implements PageSource<T> {

	private final ElasticsearchAsyncClient client;

	private final @Nullable Query query;

	private final Class<T> type;

	private final ScanOptions options;

	private final Time keepAlive;

	private volatile String id;

	private PointInTimeSource(ElasticsearchAsyncClient client, String id, @Nullable Query query, Class<T> type,
			ScanOptions options) {
		this.client = client;
		this.id = id;
		this.query = query;
		this.type = type;
		this.options = options;
		this.keepAlive = PageSources.time(options.getKeepAlive());
	}

	static <T> CompletableFuture<PageSource<T>> open(ElasticsearchAsyncClient client, String index,
			@Nullable Query query, Class<T> type, ScanOptions options) {
		return client.openPointInTime((open) -> open.index(index).keepAlive(PageSources.time(options.getKeepAlive())))
			.thenApply((response) -> new PointInTimeSource<>(client, response.id(), query, type, options));
	}

	@Override
	public CompletableFuture<Fetched<T>> fetch(ScanCheckpoint after, boolean first) {
		int slices = this.options.getSlices();
		SearchRequest request = SearchRequest.of((search) -> {
			search.pit((pit) -> pit.id(this.id).keepAlive(this.keepAlive))
				.size(this.options.getPageSize())
				.sort((sort) -> sort.field((field) -> field.field("_shard_doc")))
				.trackTotalHits((track) -> track.enabled(first))
				.allowPartialSearchResults(false);
			if (this.query != null) {
				search.query(this.query);
			}
			if (!after.searchAfter().isEmpty()) {
				search.searchAfter(after.searchAfter());
			}
			if (slices > 1) {
				search.slice((slice) -> slice.id(Integer.toString(after.slice())).max(slices));
			}
			return search;
		});
		return this.client.search(request, this.type).thenApply((response) -> {
			if (response.pitId() != null) {
				this.id = response.pitId();
			}
			PageSources.checkShards(response.shards());
			List<Hit<T>> hits = response.hits().hits();
			List<FieldValue> last = hits.isEmpty() ? after.searchAfter() : hits.get(hits.size() - 1).sort();
			ScanCheckpoint checkpoint = new ScanCheckpoint(this.id, after.slice(), slices, last,
					hits.size() < this.options.getPageSize());
			long total = (first && response.hits().total() != null) ? response.hits().total().value() : -1;
			return new Fetched<>(new ScanPage<>(hits, checkpoint), total);
		});
	}

	@Override
	public CompletableFuture<?> release() {
		return this.client.closePointInTime((close) -> close.id(this.id));
	}

}
