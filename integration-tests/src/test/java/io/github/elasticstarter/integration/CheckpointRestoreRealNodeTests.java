package io.github.elasticstarter.integration;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import io.github.elasticstarter.integration.NodeHttpStats.Connection;
import io.github.elasticstarter.localnode.LocalElasticsearch;
import org.junit.jupiter.api.Test;

import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Checkpoint/restore as the node sees it: stopping the context closes every connection of the
 * pool, starting it again serves requests through the same client bean on new connections.
 */
class CheckpointRestoreRealNodeTests {

	private final LocalElasticsearch node = LocalElasticsearch.http();

	private final NodeHttpStats stats = new NodeHttpStats(this.node);

	@Test
	void stopClosesTheConnectionsAndStartServesAgainThroughTheSameBean() {
		String opaqueId = "checkpoint-" + UUID.randomUUID();
		RealNode.http().withPropertyValues("elastic.opaque-id=" + opaqueId).run((context) -> {
			ConfigurableApplicationContext application = context.getSourceApplicationContext();
			ElasticsearchClient client = context.getBean(ElasticsearchClient.class);
			client.cluster().health();
			assertThat(this.stats.connections(opaqueId)).anyMatch(Connection::open);

			application.stop();
			await().atMost(Duration.ofSeconds(10))
				.untilAsserted(() -> assertThat(this.stats.connections(opaqueId)).isNotEmpty()
					.noneMatch(Connection::open));
			int closedBeforeRestart = this.stats.connections(opaqueId).size();

			application.start();
			assertThat(context.getBean(ElasticsearchClient.class)).isSameAs(client);
			assertThat(client.cluster().health().numberOfNodes()).isEqualTo(1);
			List<Connection> afterRestart = this.stats.connections(opaqueId);
			assertThat(afterRestart).hasSizeGreaterThan(closedBeforeRestart).anyMatch(Connection::open);
		});
	}

}
