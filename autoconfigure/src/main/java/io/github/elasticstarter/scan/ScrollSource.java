package io.github.elasticstarter.scan;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

import co.elastic.clients.elasticsearch.ElasticsearchAsyncClient;
import co.elastic.clients.elasticsearch._types.Time;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.elasticsearch.core.search.ResponseBody;
import org.jspecify.annotations.Nullable;

/**
 * Pages read with one scroll per slice, sorted by {@code _doc}, for servers that cannot open a
 * point in time. Its checkpoints hold no sort values: a scroll cannot resume.
 *
 * @param <T> the type of the documents
 */
final class ScrollSource<T> implements PageSource<T> {

	private final ElasticsearchAsyncClient client;

	private final String index;

	private final @Nullable Query query;

	private final Class<T> type;

	private final ScanOptions options;

	private final Time keepAlive;

	private final Map<Integer, String> scrollIds = new ConcurrentHashMap<>();

	ScrollSource(ElasticsearchAsyncClient client, String index, @Nullable Query query, Class<T> type,
			ScanOptions options) {
		this.client = client;
		this.index = index;
		this.query = query;
		this.type = type;
		this.options = options;
		this.keepAlive = PageSources.time(options.getKeepAlive());
	}

	@Override
	public CompletableFuture<Fetched<T>> fetch(ScanCheckpoint after, boolean first) {
		int slice = after.slice();
		String scrollId = this.scrollIds.get(slice);
		CompletableFuture<? extends ResponseBody<T>> response;
		if (scrollId == null) {
			response = this.client.search((search) -> {
				search.index(this.index)
					.scroll(this.keepAlive)
					.size(this.options.getPageSize())
					.sort((sort) -> sort.field((field) -> field.field("_doc")))
					.trackTotalHits((track) -> track.enabled(true))
					.allowPartialSearchResults(false);
				if (this.query != null) {
					search.query(this.query);
				}
				if (this.options.getSlices() > 1) {
					search.slice((s) -> s.id(Integer.toString(slice)).max(this.options.getSlices()));
				}
				return search;
			}, this.type);
		}
		else {
			response = this.client.scroll((scroll) -> scroll.scrollId(scrollId).scroll(this.keepAlive), this.type);
		}
		return response.thenApply((body) -> {
			if (body.scrollId() != null) {
				this.scrollIds.put(slice, body.scrollId());
			}
			PageSources.checkShards(body.shards());
			List<Hit<T>> hits = body.hits().hits();
			ScanCheckpoint checkpoint = new ScanCheckpoint(null, slice, this.options.getSlices(), List.of(),
					hits.size() < this.options.getPageSize());
			long total = (scrollId == null && body.hits().total() != null) ? body.hits().total().value() : -1;
			return new Fetched<>(new ScanPage<>(hits, checkpoint), total);
		});
	}

	@Override
	public CompletableFuture<?> release() {
		List<String> ids = List.copyOf(this.scrollIds.values());
		if (ids.isEmpty()) {
			return CompletableFuture.completedFuture(null);
		}
		return this.client.clearScroll((clear) -> clear.scrollId(ids));
	}

}
