package io.github.elasticstarter.integration;

import java.time.Duration;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.transport.rest5_client.low_level.Node;
import co.elastic.clients.transport.rest5_client.low_level.Rest5Client;
import co.elastic.clients.transport.rest5_client.low_level.sniffer.Sniffer;
import io.github.elasticstarter.localnode.LocalElasticsearch;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Sniffing against the real node: the configured host is replaced by the node the cluster
 * publishes, with its roles, and requests keep working.
 */
class SniffingRealNodeTests {

	@Test
	void sniffingReplacesTheConfiguredHostByThePublishedNodeWithItsRoles() {
		LocalElasticsearch node = LocalElasticsearch.http();
		RealNode.runner()
			.withPropertyValues("elastic.hosts=http://localhost:" + node.port(),
					"elastic.username=" + node.superuserName(), "elastic.password=" + node.superuserPassword(),
					"elastic.sniffing.enabled=true", "elastic.sniffing.interval=1m")
			.run((context) -> {
				assertThat(context).hasSingleBean(Sniffer.class);
				Rest5Client restClient = context.getBean(Rest5Client.class);
				await().atMost(Duration.ofSeconds(20))
					.untilAsserted(() -> assertThat(restClient.getNodes()).singleElement()
						.satisfies((sniffed) -> assertThat(sniffed.getRoles()).isNotNull()));
				Node sniffed = restClient.getNodes().get(0);
				assertThat(sniffed.getHost().getHostName()).isEqualTo("127.0.0.1");
				assertThat(sniffed.getHost().getPort()).isEqualTo(node.port());
				assertThat(sniffed.getRoles().isMasterEligible()).isTrue();
				assertThat(context.getBean(ElasticsearchClient.class).cluster().health().numberOfNodes()).isEqualTo(1);
			});
	}

}
