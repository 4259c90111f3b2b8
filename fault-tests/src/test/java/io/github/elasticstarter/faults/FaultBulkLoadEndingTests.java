package io.github.elasticstarter.faults;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import io.github.elasticstarter.bulk.BulkLoad;
import io.github.elasticstarter.bulk.BulkOptions;
import io.github.elasticstarter.bulk.BulkResult;
import io.github.elasticstarter.bulk.ElasticBulk;
import io.github.elasticstarter.localnode.LocalElasticsearch;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * {@link ElasticBulk} loads against one real node that becomes unreachable, stalls, or stops and
 * starts again after half of the load was acknowledged: each load ends within its max-wait, every operation
 * is counted once as succeeded or failed (each failed one in the dead-letter hook), and every
 * acknowledged document is in the index.
 */
class FaultBulkLoadEndingTests {

	private static final int HALF = 1_000;

	private static LocalElasticsearch node;

	@BeforeAll
	static void startNode() {
		node = LocalElasticsearch.builder().start();
	}

	@AfterAll
	static void stopNode() throws Exception {
		NodeLogs.stopKeepingLogs(node);
	}

	@Test
	@Timeout(value = 2, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
	void finishingWhileRetriesArePendingReturnsWithinMaxWaitAndReportsEveryUnsentDocument() throws Exception {
		String index = FaultContexts.uniqueIndex("cities-bulk-finish");
		BulkProof proof = new BulkProof("finish-while-retrying", index, Cities.first(2 * HALF));
		Duration maxWait = Duration.ofSeconds(5);
		try (TcpProxy proxy = new TcpProxy(node.port())) {
			proof.withBulk(FaultContexts.connectedTo(proxy.uri(), node)).run((context) -> {
				BulkLoad load = proof.open(context.getBean(ElasticBulk.class),
						smallRequests().andThen((options) -> options.initialBackoff(Duration.ofMinutes(1))
							.maxBackoff(Duration.ofMinutes(1))
							.maxWait(maxWait)));
				proof.add(load, 0, HALF);
				load.flush();
				double retriesBefore = proof.retriesSoFar();
				proxy.refuse();
				proof.add(load, HALF, 2 * HALF);
				await("the unreachable node's refusals turned into pending retries").atMost(Duration.ofSeconds(30))
					.until(() -> proof.retriesSoFar() >= retriesBefore + HALF);
				long closing = System.nanoTime();
				load.close();
				long closeMillis = FaultContexts.millisSince(closing);
				BulkResult result = load.finish();

				long count = countDirectly(proof, result);
				System.out.printf("[faults] bulk finish while retrying: close() took %d ms (max-wait %s); %s;"
						+ " count %d; a dead letter: %s%n", closeMillis, maxWait, result, count,
						proof.deadLetters().get(0));
				assertThat(Duration.ofMillis(closeMillis)).as("close() while retries wait out a 1 min back-off")
					.isLessThan(maxWait.plusSeconds(2));
				proof.assertAccountedFor(result);
				assertThat(result).extracting(BulkResult::succeeded, BulkResult::failed)
					.containsExactly((long) HALF, (long) HALF);
				assertThat(proof.deadLetters()).allSatisfy((failed) -> assertThat(failed.reason())
					.contains("did not finish within max-wait").contains("waiting to be retried"));
			});
		}
	}

	@Test
	@Timeout(value = 3, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
	void requestsThatTimeOutAreSentAgainAndNothingAcknowledgedIsLost() throws Exception {
		String index = FaultContexts.uniqueIndex("cities-bulk-timeout");
		BulkProof proof = new BulkProof("timeout", index, Cities.first(2 * HALF));
		Duration maxWait = Duration.ofMinutes(1);
		try (TcpProxy proxy = new TcpProxy(node.port())) {
			proof.withBulk(FaultContexts.connectedTo(proxy.uri(), node))
				.withPropertyValues("elastic.socket-timeout=3s")
				.run((context) -> {
					BulkLoad load = proof.open(context.getBean(ElasticBulk.class),
							smallRequests().andThen((options) -> options.maxWait(maxWait)));
					proof.add(load, 0, HALF);
					load.flush();
					double retriesBefore = proof.retriesSoFar();
					proxy.mode(TcpProxy.Mode.BLACK_HOLE);
					CompletableFuture<BulkResult> loading = finishInBackground(proof, load, HALF);
					await("stalled requests timed out and wait to be sent again").atMost(Duration.ofSeconds(30))
						.until(() -> proof.retriesSoFar() > retriesBefore);
					proxy.mode(TcpProxy.Mode.FORWARD);
					BulkResult result = loading.get(maxWait.toSeconds() + 10, TimeUnit.SECONDS);

					long count = proof.assertNothingAcknowledgedLost(context.getBean(ElasticsearchClient.class),
							result);
					System.out.printf("[faults] bulk timeout: %d reads black-holed; %s; count %d; first dead letter %s%n",
							proxy.blackHoled(), result, count, proof.deadLetters().stream().findFirst().orElse(null));
					proof.assertAccountedFor(result);
					assertThat(result).extracting(BulkResult::succeeded, BulkResult::failed)
						.containsExactly((long) 2 * HALF, 0L);
					assertThat(result.retried()).as("documents sent again after a timeout").isGreaterThan(0);
					assertThat(result.duration()).as("load duration").isLessThan(maxWait);
				});
		}
	}

	@Test
	@Timeout(value = 5, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
	void aLoadThroughANodeRestartEndsAndLosesNothingAcknowledged() throws Exception {
		String index = FaultContexts.uniqueIndex("cities-bulk-restart");
		BulkProof proof = new BulkProof("restart", index, Cities.first(2 * HALF));
		Duration maxWait = Duration.ofMinutes(3);
		proof.withBulk(FaultContexts.connectedTo(node.baseUri().toString(), node)).run((context) -> {
			BulkLoad load = proof.open(context.getBean(ElasticBulk.class),
					smallRequests().andThen((options) -> options.maxRetries(60)
						.maxBackoff(Duration.ofSeconds(5))
						.maxWait(maxWait)));
			proof.add(load, 0, HALF);
			load.flush();
			double retriesBefore = proof.retriesSoFar();
			long stopping = System.nanoTime();
			node.stopKeepingData();
			long stopMillis = FaultContexts.millisSince(stopping);
			CompletableFuture<BulkResult> loading = finishInBackground(proof, load, HALF);
			await("requests to the stopped node failed and wait to be sent again").atMost(Duration.ofSeconds(30))
				.until(() -> proof.retriesSoFar() > retriesBefore);
			long starting = System.nanoTime();
			node.startAgain();
			long startMillis = FaultContexts.millisSince(starting);
			BulkResult result = loading.get(maxWait.toSeconds() + 10, TimeUnit.SECONDS);

			long count = proof.assertNothingAcknowledgedLost(context.getBean(ElasticsearchClient.class), result);
			System.out.printf("[faults] bulk restart: node stop %d ms, start %d ms; %s; count %d; dead letters %s%n",
					stopMillis, startMillis, result, count, proof.deadLetters().stream().limit(3).toList());
			proof.assertAccountedFor(result);
			assertThat(result.duration()).as("load duration").isLessThan(maxWait);
		});
	}

	private static Consumer<BulkOptions> smallRequests() {
		return (options) -> options.maxOperations(100).concurrency(2).initialBackoff(Duration.ofMillis(200));
	}

	/** Adds the second half and finishes the load on another thread. */
	private static CompletableFuture<BulkResult> finishInBackground(BulkProof proof, BulkLoad load, int from) {
		return CompletableFuture.supplyAsync(() -> {
			try (load) {
				proof.add(load, from, 2 * from);
				return load.finish();
			}
		});
	}

	/** The documents in the index, through a client that does not go through the proxy. */
	private static long countDirectly(BulkProof proof, BulkResult result) throws Exception {
		long[] count = new long[1];
		proof.withBulk(FaultContexts.connectedTo(node.baseUri().toString(), node)).run((context) -> count[0] = proof
			.assertNothingAcknowledgedLost(context.getBean(ElasticsearchClient.class), result));
		return count[0];
	}

}
