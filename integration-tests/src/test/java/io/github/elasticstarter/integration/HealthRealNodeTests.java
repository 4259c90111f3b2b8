package io.github.elasticstarter.integration;

import java.net.InetAddress;
import java.net.ServerSocket;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import io.github.elasticstarter.autoconfigure.health.ElasticHealthContributorAutoConfiguration;
import io.github.elasticstarter.health.ElasticHealthIndicator;
import io.github.elasticstarter.localnode.LocalElasticsearch;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The health indicator against the real node: green or yellow is UP, red is OUT_OF_SERVICE,
 * unreachable or unauthenticated is DOWN without a secret in the reason.
 */
class HealthRealNodeTests {

	private final LocalElasticsearch node = LocalElasticsearch.http();

	@Test
	@Tag("smoke")
	void healthyClusterIsUpWithItsDetails() {
		withHealth(RealNode.http()).run((context) -> {
			Health health = context.getBean(ElasticHealthIndicator.class).health(true);
			assertThat(health.getStatus()).isEqualTo(Status.UP);
			assertThat(health.getDetails()).containsEntry("numberOfNodes", 1).containsKey("clusterName");
			assertThat(health.getDetails().get("status")).isIn("green", "yellow");
		});
	}

	@Test
	void redClusterIsOutOfService() {
		String index = RealNode.uniqueIndex("unallocatable");
		withHealth(RealNode.http()).run((context) -> {
			ElasticsearchClient client = context.getBean(ElasticsearchClient.class);
			client.indices()
				.create((c) -> c.index(index)
					.waitForActiveShards((w) -> w.count(0))
					.settings((s) -> s.numberOfReplicas("0")
						.otherSettings("index.routing.allocation.require._name",
								co.elastic.clients.json.JsonData.of("no-such-node"))));
			try {
				Health health = context.getBean(ElasticHealthIndicator.class).health(true);
				assertThat(health.getStatus()).isEqualTo(Status.OUT_OF_SERVICE);
				assertThat(health.getDetails()).containsEntry("status", "red");
			}
			finally {
				client.indices().delete((d) -> d.index(index));
			}
		});
	}

	@Test
	void wrongPasswordIsDownWithoutTheSecret() {
		String secret = "wrong-health-password-51f";
		withHealth(RealNode.runner()).withPropertyValues("elastic.hosts=" + this.node.baseUri(),
				"elastic.username=" + this.node.superuserName(), "elastic.password=" + secret)
			.run((context) -> {
				Health health = context.getBean(ElasticHealthIndicator.class).health(true);
				assertThat(health.getStatus()).isEqualTo(Status.DOWN);
				assertThat(health.getDetails().get("reason")).asString().contains("401").doesNotContain(secret);
			});
	}

	@Test
	void unreachableNodeIsDown() throws Exception {
		int closedPort;
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			closedPort = socket.getLocalPort();
		}
		withHealth(RealNode.runner()).withPropertyValues("elastic.hosts=http://127.0.0.1:" + closedPort)
			.run((context) -> assertThat(context.getBean(ElasticHealthIndicator.class).health(true).getStatus())
				.isEqualTo(Status.DOWN));
	}

	private static ApplicationContextRunner withHealth(ApplicationContextRunner runner) {
		return runner.withConfiguration(AutoConfigurations.of(ElasticHealthContributorAutoConfiguration.class));
	}

}
