package io.github.elasticstarter.http;

import java.io.IOException;
import java.util.Map;

import co.elastic.clients.elasticsearch.ElasticsearchAsyncClient;
import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.transport.rest5_client.low_level.Rest5Client;
import io.github.elasticstarter.autoconfigure.ElasticAutoConfiguration;
import io.github.elasticstarter.testsupport.RecordingServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

/**
 * Stopping the context closes the connection pool, starting it again opens a new one under the
 * same client beans: what checkpoint/restore needs.
 */
class ClientLifecycleTests {

	@RegisterExtension
	final RecordingServer server = RecordingServer.forEachTest();

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(ElasticAutoConfiguration.class, JacksonAutoConfiguration.class));


	@Test
	void stopClosesThePoolAndStartOpensANewOneUnderTheSameBeans() {
		this.runner.withPropertyValues("elastic.hosts=" + this.server.url()).run((context) -> {
			ConfigurableApplicationContext application = context.getSourceApplicationContext();
			ElasticsearchClient client = context.getBean(ElasticsearchClient.class);
			Rest5Client restClient = context.getBean(Rest5Client.class);
			assertThat(client.get((g) -> g.index("i").id("1"), Map.class).found()).isTrue();

			application.stop();
			assertThat(restClient.isRunning()).isFalse();
			assertThatException().isThrownBy(() -> client.get((g) -> g.index("i").id("1"), Map.class))
				.withStackTraceContaining("The Elasticsearch client is stopped");

			application.start();
			assertThat(context.getBean(ElasticsearchClient.class)).isSameAs(client);
			assertThat(client.get((g) -> g.index("i").id("1"), Map.class).found()).isTrue();
			assertThat(context.getBean(ElasticsearchAsyncClient.class).get((g) -> g.index("i").id("1"), Map.class)
				.get().found()).isTrue();
		});
	}

	@Test
	void closingTheContextKeepsTheClientUsableUntilTheBeansAreDestroyed() {
		this.runner.withPropertyValues("elastic.hosts=" + this.server.url())
			.withBean(FlushOnDestroy.class)
			.run((context) -> assertThat(context).hasSingleBean(FlushOnDestroy.class));
		assertThat(this.server.requests()).singleElement()
			.satisfies((request) -> assertThat(request.path()).isEqualTo("/last/_doc/flush"));
	}

	/**
	 * Uses the client while the context is being destroyed, as a bean flushing buffered
	 * documents would.
	 */
	static class FlushOnDestroy implements org.springframework.beans.factory.DisposableBean {

		private final ElasticsearchClient client;

		FlushOnDestroy(ElasticsearchClient client) {
			this.client = client;
		}

		@Override
		public void destroy() throws IOException {
			this.client.index((i) -> i.index("last").id("flush").document(Map.of("done", true)));
		}

	}

}
