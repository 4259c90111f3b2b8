package io.github.elasticstarter.faults;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import io.github.elasticstarter.bulk.BulkLoad;
import io.github.elasticstarter.bulk.BulkResult;
import io.github.elasticstarter.bulk.ElasticBulk;
import io.github.elasticstarter.localnode.LocalElasticsearch;
import io.github.elasticstarter.localnode.LocalElasticsearchCluster;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A three-node cluster loses its elected master (SIGKILL) in the middle of an
 * {@link ElasticBulk} load through the starter's client, configured with all three nodes: the
 * load ends within its max-wait, every operation is counted once as succeeded or failed (each
 * failed one in the dead-letter hook), and every acknowledged document is in the index, once.
 * The documents have ids: the bulk layer sends an operation without id again only when its
 * request was surely not applied, so those are never duplicated but may fail instead.
 */
class FaultBulkMasterLossTests {

	private static final int DOCUMENTS = 20_000;

	private static LocalElasticsearchCluster cluster;

	@BeforeAll
	static void startCluster() {
		cluster = LocalElasticsearch.builder().startupTimeout(Duration.ofMinutes(7)).startCluster(3);
	}

	@AfterAll
	static void stopCluster() throws Exception {
		NodeLogs.stopKeepingLogs(cluster);
	}

	@Test
	@Timeout(value = 7, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
	void anElasticBulkLoadLosesNoAcknowledgedDocumentWhenTheElectedMasterIsKilled() throws Exception {
		String index = FaultContexts.uniqueIndex("cities-bulk-master-loss");
		BulkProof proof = new BulkProof("master-loss", index, Cities.first(DOCUMENTS));
		Duration maxWait = Duration.ofMinutes(3);
		proof.withBulk(FaultContexts.connectedTo(cluster.hosts(), cluster.nodes().get(0))).run((context) -> {
			ElasticsearchClient client = context.getBean(ElasticsearchClient.class);
			FaultContexts.createGreenIndex(client, index, 3, 1);
			String master = client.cat().master().masters().get(0).node();

			BulkLoad load = proof.open(context.getBean(ElasticBulk.class), (options) -> options.maxOperations(250)
				.concurrency(2)
				.maxRetries(10)
				.initialBackoff(Duration.ofMillis(200))
				.maxBackoff(Duration.ofSeconds(5))
				.maxWait(maxWait));
			CompletableFuture<BulkResult> loading = CompletableFuture.supplyAsync(() -> {
				try (load) {
					proof.add(load, 0, DOCUMENTS);
					return load.finish();
				}
			});
			await("a quarter of the load acknowledged").atMost(Duration.ofMinutes(2))
				.until(() -> proof.acknowledgedSoFar() >= DOCUMENTS / 4 || loading.isDone());
			assertThat(loading).as("the load must still run when the node is killed").isNotDone();
			double acknowledgedBeforeKill = proof.acknowledgedSoFar();
			long killed = System.nanoTime();
			cluster.node(master).kill();
			BulkResult result = loading.get(maxWait.toSeconds() + 30, TimeUnit.SECONDS);
			long endedAfterKill = FaultContexts.millisSince(killed);

			long count = proof.assertNothingAcknowledgedLost(client, result);
			System.out.printf("[faults] bulk master loss: killed master %s after %.0f acknowledged; load ended %d ms"
					+ " later; %s; count %d; dead letters %s%n", master, acknowledgedBeforeKill, endedAfterKill, result,
					count, proof.deadLetters().stream().limit(3).toList());
			proof.assertAccountedFor(result);
			assertThat(Duration.ofMillis(endedAfterKill)).as("time from the kill to the end of the load")
				.isLessThan(maxWait);
		});
	}

}
