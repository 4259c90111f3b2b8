package io.github.elasticstarter.faults;

import java.time.Duration;
import java.util.Map;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.Refresh;
import io.github.elasticstarter.health.ElasticHealthIndicator;
import io.github.elasticstarter.localnode.LocalElasticsearch;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import org.springframework.boot.health.contributor.Status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.awaitility.Awaitility.await;

/**
 * The only node is stopped and started again (same ports and data) while the application runs:
 * health goes DOWN while the node is down and back UP after, requests fail fast meanwhile, and
 * the same client works again, with the data, without restarting the application.
 */
class FaultNodeRestartTests {

	private static final Duration RECOVERY_BOUND = Duration.ofSeconds(30);

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
	@Timeout(value = 4, unit = java.util.concurrent.TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
	void theApplicationRecoversWithoutRestartWhenTheNodeRestarts() {
		String index = FaultContexts.uniqueIndex("restart");
		// Creating the index is no part of the fault: do it with the default timeouts, which a slow machine needs.
		FaultContexts.connectedTo(node.baseUri().toString(), node).run((context) -> {
			ElasticsearchClient client = context.getBean(ElasticsearchClient.class);
			FaultContexts.createGreenIndex(client, index, 1, 0);
			client.index((doc) -> doc.index(index).id("before").document(Map.of("city", "Vila")).refresh(Refresh.True));
		});
		FaultContexts.withShortTimeouts(FaultContexts.connectedTo(node.baseUri().toString(), node)).run((context) -> {
			ElasticsearchClient client = context.getBean(ElasticsearchClient.class);
			ElasticHealthIndicator health = context.getBean(ElasticHealthIndicator.class);
			assertThat(health.health(true).getStatus()).isEqualTo(Status.UP);

			long stopping = System.nanoTime();
			node.stopKeepingData();
			long stopMillis = FaultContexts.millisSince(stopping);
			long down = System.nanoTime();
			await("health DOWN").atMost(RECOVERY_BOUND).until(() -> health.health(true).getStatus(), Status.DOWN::equals);
			long downAfter = FaultContexts.millisSince(down);
			long failing = System.nanoTime();
			Throwable whileDown = catchThrowable(() -> Bounded.call(Duration.ofSeconds(10), "count while down",
					() -> client.count((count) -> count.index(index))));
			long failedAfter = FaultContexts.millisSince(failing);
			assertThat(whileDown).as("a request while the node is down").isInstanceOf(java.io.IOException.class);

			long starting = System.nanoTime();
			node.startAgain();
			long startMillis = FaultContexts.millisSince(starting);
			long up = System.nanoTime();
			await("health UP").atMost(RECOVERY_BOUND).until(() -> health.health(true).getStatus(), Status.UP::equals);
			long upAfter = FaultContexts.millisSince(up);
			assertThat(client.get((get) -> get.index(index).id("before"), Map.class).found())
				.as("the document written before the restart").isTrue();
			client.index((doc) -> doc.index(index).id("after").document(Map.of("city", "Vila")).refresh(Refresh.True));
			assertThat(client.count((count) -> count.index(index)).count()).isEqualTo(2);
			System.out.printf("[faults] restart: stop %d ms, health DOWN after %d ms, request while down failed"
					+ " after %d ms (%s), node start %d ms, health UP %d ms after the node was healthy%n", stopMillis,
					downAfter, failedAfter, whileDown, startMillis, upAfter);
		});
	}

}
