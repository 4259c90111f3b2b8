package io.github.elasticstarter.integration;

import java.net.InetAddress;
import java.net.ServerSocket;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import io.github.elasticstarter.localnode.LocalElasticsearch;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With two hosts configured and the first one down, every request still succeeds on the real
 * node.
 */
class FailoverRealNodeTests {

	@Test
	void everyRequestSucceedsWhenTheFirstHostIsDown() throws Exception {
		LocalElasticsearch node = LocalElasticsearch.http();
		int closedPort;
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			closedPort = socket.getLocalPort();
		}
		RealNode.runner()
			.withPropertyValues("elastic.hosts=http://127.0.0.1:" + closedPort + "," + node.baseUri(),
					"elastic.username=" + node.superuserName(), "elastic.password=" + node.superuserPassword())
			.run((context) -> {
				ElasticsearchClient client = context.getBean(ElasticsearchClient.class);
				for (int i = 0; i < 20; i++) {
					assertThat(client.cluster().health().numberOfNodes()).isEqualTo(1);
				}
			});
	}

}
