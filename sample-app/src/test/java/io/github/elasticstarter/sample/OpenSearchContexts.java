package io.github.elasticstarter.sample;

import java.io.IOException;
import java.time.Duration;

import co.elastic.clients.elasticsearch.ElasticsearchClient;

/**
 * The node's count of open search contexts ({@code GET _nodes/stats/indices/search},
 * {@code open_contexts}): one per shard of each open point in time or scroll.
 */
final class OpenSearchContexts {

	private OpenSearchContexts() {
	}

	static long on(ElasticsearchClient client) throws IOException {
		return client.nodes()
			.stats((stats) -> stats.metric("indices").indexMetric("search"))
			.nodes()
			.values()
			.stream()
			.mapToLong((node) -> node.indices().search().openContexts())
			.sum();
	}

	/**
	 * Waits until the node holds no open search context, at most {@code within}.
	 * @return the last count read: 0 unless the wait ran out
	 */
	static long awaitNone(ElasticsearchClient client, Duration within) throws IOException, InterruptedException {
		long deadline = System.nanoTime() + within.toNanos();
		long open = on(client);
		while (open > 0 && System.nanoTime() < deadline) {
			Thread.sleep(50);
			open = on(client);
		}
		return open;
	}

}
