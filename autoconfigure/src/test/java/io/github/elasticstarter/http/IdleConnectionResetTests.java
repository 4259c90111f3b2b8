package io.github.elasticstarter.http;

import java.time.Duration;
import java.util.Map;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import io.github.elasticstarter.autoconfigure.ElasticAutoConfiguration;
import io.github.elasticstarter.testsupport.IdleResettingServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.RepeatedTest;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A pooled connection that the server reset while it was idle never fails the next request,
 * whether that request is idempotent (GET) or not (POST search).
 */
class IdleConnectionResetTests {

	private IdleResettingServer server;

	@BeforeEach
	void startServer() throws Exception {
		this.server = new IdleResettingServer();
	}

	@AfterEach
	void stopServer() throws Exception {
		this.server.close();
	}

	@RepeatedTest(5)
	void requestsAfterAnIdleResetSucceedOnANewConnection() {
		new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(ElasticAutoConfiguration.class, JacksonAutoConfiguration.class))
			.withPropertyValues("elastic.hosts=" + this.server.url())
			.run((context) -> {
				ElasticsearchClient client = context.getBean(ElasticsearchClient.class);
				assertThat(client.get((g) -> g.index("i").id("1"), Map.class).found()).isTrue();
				this.server.awaitReset(Duration.ofSeconds(10));
				assertThat(client.search((s) -> s.index("i").size(1), Map.class).timedOut()).isFalse();
				this.server.awaitReset(Duration.ofSeconds(10));
				assertThat(client.get((g) -> g.index("i").id("1"), Map.class).found()).isTrue();
				assertThat(this.server.connections()).isEqualTo(3);
			});
	}

}
