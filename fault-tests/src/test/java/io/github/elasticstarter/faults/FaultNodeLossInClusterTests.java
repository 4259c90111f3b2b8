package io.github.elasticstarter.faults;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import io.github.elasticstarter.faults.Cities.City;
import io.github.elasticstarter.localnode.LocalElasticsearch;
import io.github.elasticstarter.localnode.LocalElasticsearchCluster;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A three-node cluster loses its elected master (SIGKILL) in the middle of a bulk load through
 * the starter's client, configured with all three nodes: every acknowledged document is there,
 * once, and every document is acknowledged in the end (failed items are sent again, never lost
 * silently).
 */
class FaultNodeLossInClusterTests {

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
	@Timeout(value = 5, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
	void noAcknowledgedDocumentIsLostWhenTheElectedMasterIsKilledDuringABulkLoad() throws Exception {
		List<City> cities = Cities.first(DOCUMENTS);
		String index = FaultContexts.uniqueIndex("cities-node-loss");
		FaultContexts.connectedTo(cluster.hosts(), cluster.nodes().get(0)).run((context) -> {
			ElasticsearchClient client = context.getBean(ElasticsearchClient.class);
			FaultContexts.createGreenIndex(client, index, 3, 1);
			String master = electedMaster(client);
			LocalElasticsearch victim = cluster.node(master);

			AckedIngestion ingestion = new AckedIngestion();
			long loadStarted = System.nanoTime();
			CompletableFuture<Void> load = CompletableFuture.runAsync(() -> ingestion.run(client, index, cities, 5,
					(ingester) -> ingester.maxOperations(250).maxConcurrentRequests(2)));
			await("a quarter of the load acknowledged").atMost(Duration.ofMinutes(2))
				.until(() -> ingestion.acknowledgedCount() >= DOCUMENTS / 4 || load.isDone());
			assertThat(load).as("the load must still run when the node is killed").isNotDone();
			int acknowledgedBeforeKill = ingestion.acknowledgedCount();
			long killed = System.nanoTime();
			victim.kill();

			String newMaster = await("a new master elected").atMost(Duration.ofMinutes(1))
				.pollInterval(Duration.ofMillis(200))
				.until(() -> electedMasterOrNull(client), (name) -> name != null && !name.equals(master));
			long electedAfter = FaultContexts.millisSince(killed);
			load.get(3, TimeUnit.MINUTES);
			long loadMillis = FaultContexts.millisSince(loadStarted);

			client.indices().refresh((refresh) -> refresh.index(index));
			long count = client.count((c) -> c.index(index)).count();
			System.out.printf("[faults] node loss: killed master %s after %d acknowledged; new master %s after %d ms;"
					+ " load took %d ms; %s; count %d%n", master, acknowledgedBeforeKill, newMaster, electedAfter,
					loadMillis, ingestion, count);
			assertThat(ingestion.unacknowledged()).as("documents neither acknowledged nor retried").isEmpty();
			assertThat(ingestion.acknowledged()).hasSize(DOCUMENTS);
			assertThat(count).as("documents in the index (explicit ids: a duplicate would show)")
				.isEqualTo(ingestion.acknowledged().size());
			assertThat(BulkProof.countIds(client, index, new ArrayList<>(ingestion.acknowledged())))
				.as("acknowledged ids found by an ids query")
				.isEqualTo(DOCUMENTS);
		});
	}

	private static String electedMaster(ElasticsearchClient client) throws java.io.IOException {
		return client.cat().master().masters().get(0).node();
	}

	/** Null while the cluster has no master (the request may fail meanwhile). */
	private static String electedMasterOrNull(ElasticsearchClient client) {
		try {
			return electedMaster(client);
		}
		catch (java.io.IOException | RuntimeException ex) {
			System.out.println("[faults] no master yet: " + ex);
			return null;
		}
	}

}
