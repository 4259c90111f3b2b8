package io.github.elasticstarter.faults;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.nodes.NodesStatsResponse;
import io.github.elasticstarter.bulk.BulkLoad;
import io.github.elasticstarter.bulk.BulkResult;
import io.github.elasticstarter.bulk.ElasticBulk;
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
 * 429s, see the report.) The starter's {@link ElasticBulk} takes a load through the same node on
 * its own retries: every document is written exactly once, and the load ends well within its
 * max-wait.
 */
class FaultBackPressureTests {

	private static final int DOCUMENTS = 10_000;

	private static final int BULK_DOCUMENTS = 20_000;

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

	@Test
	@Timeout(value = 4, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
	void anElasticBulkLoadRejectedWith429WritesEveryDocumentExactlyOnce() throws Exception {
		List<City> cities = Cities.first(BULK_DOCUMENTS);
		String index = FaultContexts.uniqueIndex("cities-bulk-back-pressure");
		BulkProof proof = new BulkProof("back-pressure", index, cities);
		Duration maxWait = Duration.ofMinutes(2);
		proof.withBulk(FaultContexts.connectedTo(node.baseUri().toString(), node)).run((context) -> {
			ElasticsearchClient client = context.getBean(ElasticsearchClient.class);
			client.indices().create((create) -> create.index(index)
				.settings((settings) -> settings.numberOfShards("1").numberOfReplicas("0")));
			long rejectedBefore = writeRejections(client);
			BulkResult result;
			try (BulkLoad load = proof.open(context.getBean(ElasticBulk.class), (options) -> options.maxOperations(500)
				.concurrency(4)
				.maxRetries(20)
				.initialBackoff(Duration.ofMillis(50))
				.maxBackoff(Duration.ofSeconds(2))
				.maxWait(maxWait))) {
				proof.add(load, 0, BULK_DOCUMENTS);
				result = load.finish();
			}
			long rejected = writeRejections(client) - rejectedBefore;
			long count = proof.assertNothingAcknowledgedLost(client, result);
			long writes = client.indices().stats((stats) -> stats.index(index).metric("indexing"))
				.indices().get(index).primaries().indexing().indexTotal();
			System.out.printf("[faults] bulk back-pressure: %d write rejections (429) on the node, %s, count %d,"
					+ " %d index operations on the primary%n", rejected, result, count, writes);
			assertThat(rejected).as("write rejections (429) the node counted: the fault was injected")
				.isGreaterThan(0);
			assertThat(result).extracting(BulkResult::succeeded, BulkResult::failed)
				.containsExactly((long) BULK_DOCUMENTS, 0L);
			assertThat(result.retried()).as("operations sent more than once").isGreaterThan(0);
			proof.assertAccountedFor(result);
			assertThat(count).as("documents in the index").isEqualTo(BULK_DOCUMENTS);
			assertThat(writes).as("index operations the primary applied: each document written once")
				.isEqualTo(BULK_DOCUMENTS);
			assertThat(result.duration()).as("load duration").isLessThan(maxWait);
		});
	}

	private static long writeRejections(ElasticsearchClient client) throws java.io.IOException {
		NodesStatsResponse stats = client.nodes().stats((request) -> request.metric("thread_pool"));
		return stats.nodes().values().stream()
			.mapToLong((nodeStats) -> nodeStats.threadPool().get("write").rejected())
			.sum();
	}

}
