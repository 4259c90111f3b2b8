package io.github.elasticstarter.faults;

import java.util.List;
import java.util.concurrent.TimeUnit;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.nodes.NodesStatsResponse;
import io.github.elasticstarter.faults.Cities.City;
import io.github.elasticstarter.localnode.LocalElasticsearch;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A node with one write thread and a queue of one rejects a concurrent bulk load with 429: the
 * starter's HTTP-level retry of 429 (with back-off) and the application sending rejected items
 * again (one request at a time) take the load through, and no document is lost. (The ingester's own
 * {@code backoffPolicy} is not used: in elasticsearch-java 9.2.8 it deadlocks under item-level
 * 429s, see the report.)
 */
class FaultBackPressureTests {

	private static final int DOCUMENTS = 10_000;

	private static LocalElasticsearch node;

	@BeforeAll
	static void startNode() {
		node = LocalElasticsearch.builder()
			.setting("thread_pool.write.size", "1")
			.setting("thread_pool.write.queue_size", "1")
			.start();
	}

	@AfterAll
	static void stopNode() throws Exception {
		NodeLogs.stopKeepingLogs(node);
	}

	@Test
	@Timeout(value = 4, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
	void aConcurrentBulkLoadIsRejectedWith429AndLosesNoDocument() throws Exception {
		List<City> cities = Cities.first(DOCUMENTS);
		String index = FaultContexts.uniqueIndex("cities-back-pressure");
		FaultContexts.connectedTo(node.baseUri().toString(), node).run((context) -> {
			ElasticsearchClient client = context.getBean(ElasticsearchClient.class);
			client.indices().create((create) -> create.index(index)
				.settings((settings) -> settings.numberOfShards("1").numberOfReplicas("0")));
			long rejectedBefore = writeRejections(client);
			AckedIngestion ingestion = new AckedIngestion();
			long started = System.nanoTime();
			ingestion.run(client, index, cities, 10, (ingester) -> ingester.maxOperations(100)
				.maxConcurrentRequests(8));
			long took = FaultContexts.millisSince(started);
			long rejected = writeRejections(client) - rejectedBefore;
			client.indices().refresh((refresh) -> refresh.index(index));
			long count = client.count((c) -> c.index(index)).count();
			System.out.printf("[faults] back-pressure: %d write rejections (429) on the node, %s, count %d, %d ms%n",
					rejected, ingestion, count, took);
			assertThat(rejected).as("write rejections (429) the node counted: the fault was injected")
				.isGreaterThan(0);
			assertThat(ingestion.unacknowledged()).as("documents neither acknowledged nor retried").isEmpty();
			assertThat(count).as("documents in the index").isEqualTo(DOCUMENTS);
			assertThat(ingestion.acknowledged()).hasSize(DOCUMENTS);
		});
	}

	private static long writeRejections(ElasticsearchClient client) throws java.io.IOException {
		NodesStatsResponse stats = client.nodes().stats((request) -> request.metric("thread_pool"));
		return stats.nodes().values().stream()
			.mapToLong((nodeStats) -> nodeStats.threadPool().get("write").rejected())
			.sum();
	}

}
