package io.github.elasticstarter.integration;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import co.elastic.clients.elasticsearch.ElasticsearchAsyncClient;
import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.Refresh;
import io.github.elasticstarter.localnode.LocalElasticsearch;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A client that sends one request after the other keeps to the one connection its first request
 * opened: the node's {@code http.total_opened} does not move over 1,000 more. HttpClient hands a
 * connection back to its pool only after the caller had the answer, so without the starter's
 * ordering a request sent at once could find the connection still leased and open another.
 */
class ConnectionReuseRealNodeTests {

	private static final int REQUESTS = 1_000;

	private final NodeHttpStats stats = new NodeHttpStats(LocalElasticsearch.http());

	@Test
	void synchronousClientOpensNoConnectionAfterItsFirstRequest() {
		String index = RealNode.uniqueIndex("reuse-sync");
		RealNode.http().run((context) -> {
			ElasticsearchClient client = context.getBean(ElasticsearchClient.class);
			client.index((i) -> i.index(index).id("1").document(Map.of("name", "Zurich")).refresh(Refresh.True));
			long before = this.stats.totalOpened();
			for (int request = 0; request < REQUESTS; request++) {
				assertThat(client.search((s) -> s.index(index).size(1), Map.class).hits().hits()).hasSize(1);
			}
			assertThat(this.stats.totalOpened() - before).as("connections opened by %d sequential searches", REQUESTS)
				.isZero();
		});
	}

	/**
	 * Each search sent from the completion of the one before, which runs on the I/O thread that
	 * delivered the answer: without the starter's ordering, every such search would find the only
	 * connection still leased.
	 */
	@Test
	void asynchronousClientChainingRequestsOpensNoConnectionAfterItsFirstRequest() {
		String index = RealNode.uniqueIndex("reuse-async");
		RealNode.http().run((context) -> {
			ElasticsearchAsyncClient client = context.getBean(ElasticsearchAsyncClient.class);
			client.index((i) -> i.index(index).id("1").document(Map.of("name", "Zurich")).refresh(Refresh.True))
				.get(30, TimeUnit.SECONDS);
			long before = this.stats.totalOpened();
			assertThat(searchInTurn(client, index, REQUESTS).get(2, TimeUnit.MINUTES)).isEqualTo(REQUESTS);
			assertThat(this.stats.totalOpened() - before).as("connections opened by %d chained searches", REQUESTS)
				.isZero();
		});
	}

	private static CompletableFuture<Integer> searchInTurn(ElasticsearchAsyncClient client, String index,
			int remaining) {
		if (remaining == 0) {
			return CompletableFuture.completedFuture(0);
		}
		return client.search((s) -> s.index(index).size(1), Map.class)
			.thenCompose((response) -> searchInTurn(client, index, remaining - 1)
				.thenApply((done) -> done + response.hits().hits().size()));
	}

}
