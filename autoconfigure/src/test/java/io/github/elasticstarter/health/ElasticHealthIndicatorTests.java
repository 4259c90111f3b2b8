package io.github.elasticstarter.health;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;

import io.github.elasticstarter.autoconfigure.ElasticAutoConfiguration;
import io.github.elasticstarter.autoconfigure.health.ElasticHealthContributorAutoConfiguration;
import io.github.elasticstarter.testsupport.RecordingServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

class ElasticHealthIndicatorTests {

	private static final String HEALTH = """
			{"cluster_name":"test-cluster","status":"%s","timed_out":false,"number_of_nodes":1,
			"number_of_data_nodes":1,"active_primary_shards":1,"active_shards":1,"relocating_shards":0,
			"initializing_shards":0,"unassigned_shards":%d,"unassigned_primary_shards":0,"delayed_unassigned_shards":0,
			"number_of_pending_tasks":0,"number_of_in_flight_fetch":0,"task_max_waiting_in_queue_millis":0,
			"active_shards_percent_as_number":100.0}""";

	@RegisterExtension
	final RecordingServer server = RecordingServer.forEachTest();

	private final ApplicationContextRunner runner = new ApplicationContextRunner().withConfiguration(AutoConfigurations
		.of(ElasticAutoConfiguration.class, JacksonAutoConfiguration.class, ElasticHealthContributorAutoConfiguration.class));


	@Test
	void greenIsUpWithClusterDetails() {
		this.server.enqueue(200, HEALTH.formatted("green", 0));
		Health health = check();
		assertThat(health.getStatus()).isEqualTo(Status.UP);
		assertThat(health.getDetails()).containsEntry("clusterName", "test-cluster")
			.containsEntry("status", "green")
			.containsEntry("numberOfNodes", 1);
	}

	@Test
	void yellowIsUp() {
		this.server.enqueue(200, HEALTH.formatted("yellow", 1));
		assertThat(check().getStatus()).isEqualTo(Status.UP);
	}

	@Test
	void redIsOutOfService() {
		this.server.enqueue(200, HEALTH.formatted("red", 2));
		Health health = check();
		assertThat(health.getStatus()).isEqualTo(Status.OUT_OF_SERVICE);
		assertThat(health.getDetails()).containsEntry("unassignedShards", 2);
	}

	@Test
	void unauthorizedIsDownWithoutTheSecret() {
		this.server.enqueueError(401);
		Health health = check("elastic.api-key=id:health-secret-9d1");
		assertThat(health.getStatus()).isEqualTo(Status.DOWN);
		assertThat(health.getDetails().get("reason")).asString().contains("401").doesNotContain("health-secret-9d1");
	}

	@Test
	void unreachableIsDown() throws IOException {
		int closedPort;
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			closedPort = socket.getLocalPort();
		}
		Health[] health = new Health[1];
		this.runner.withPropertyValues("elastic.hosts=http://127.0.0.1:" + closedPort)
			.run((context) -> health[0] = context.getBean(ElasticHealthIndicator.class).health(true));
		assertThat(health[0].getStatus()).isEqualTo(Status.DOWN);
		assertThat(health[0].getDetails().get("reason")).asString().contains("Connect");
	}

	@Test
	void aServerThatNeverAnswersIsDownWithinTheTimeout() throws IOException {
		List<Socket> accepted = new java.util.concurrent.CopyOnWriteArrayList<>();
		try (ServerSocket silent = new ServerSocket(0, 10, InetAddress.getLoopbackAddress())) {
			Thread acceptor = new Thread(() -> {
				while (!silent.isClosed()) {
					try {
						accepted.add(silent.accept());
					}
					catch (IOException ex) {
						return;
					}
				}
			});
			acceptor.setDaemon(true);
			acceptor.start();
			this.runner
				.withPropertyValues("elastic.hosts=http://127.0.0.1:" + silent.getLocalPort(),
						"management.health.elastic.timeout=300ms")
				.run((context) -> {
					long started = System.nanoTime();
					Health health = context.getBean(ElasticHealthIndicator.class).health(true);
					long elapsedMillis = (System.nanoTime() - started) / 1_000_000;
					assertThat(health.getStatus()).isEqualTo(Status.DOWN);
					assertThat(health.getDetails().get("reason")).asString().contains("within 300 ms");
					assertThat(elapsedMillis).isLessThan(3000);
				});
		}
		finally {
			for (Socket socket : accepted) {
				socket.close();
			}
		}
	}

	@Test
	void canBeSwitchedOff() {
		this.runner.withPropertyValues("elastic.hosts=" + this.server.url(), "management.health.elastic.enabled=false")
			.run((context) -> assertThat(context).doesNotHaveBean(ElasticHealthIndicator.class));
	}

	private Health check(String... properties) {
		Health[] health = new Health[1];
		this.runner.withPropertyValues("elastic.hosts=" + this.server.url())
			.withPropertyValues(properties)
			.run((context) -> health[0] = context.getBean(ElasticHealthIndicator.class).health(true));
		return health[0];
	}

}
