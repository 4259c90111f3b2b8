package io.github.elasticstarter.autoconfigure;

import java.util.Map;
import java.util.function.Consumer;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import io.github.elasticstarter.http.ElasticClientBuilderCustomizer;
import io.github.elasticstarter.testsupport.RecordingServer;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.nio.PoolingAsyncClientConnectionManager;
import org.apache.hc.client5.http.impl.nio.PoolingAsyncClientConnectionManagerBuilder;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.Ordered;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each connection property reaches the HttpClient builders. A customizer ordered after the
 * starter's own one inspects the builders as the properties left them, through HttpClient's
 * public API only (its private fields change between versions).
 */
class PropertiesAppliedTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(ElasticAutoConfiguration.class))
		.withPropertyValues("elastic.hosts=http://localhost:9200");

	@Test
	void timeoutsDefaultToTheJavaClientsOnes() {
		inspect((connection) -> {
			assertThat(connection.getConnectTimeout().toMilliseconds()).isEqualTo(1000);
			assertThat(connection.getSocketTimeout().toMilliseconds()).isEqualTo(30000);
		}, (request) -> assertThat(request.getConnectionRequestTimeout().toMilliseconds()).isEqualTo(30000));
	}

	@Test
	void timeoutPropertiesReachTheConnectionAndRequestConfig() {
		inspect((connection) -> {
			assertThat(connection.getConnectTimeout().toMilliseconds()).isEqualTo(2500);
			assertThat(connection.getSocketTimeout().toMilliseconds()).isEqualTo(45000);
			assertThat(connection.getValidateAfterInactivity().toMilliseconds()).isEqualTo(500);
		}, (request) -> {
			assertThat(request.getResponseTimeout().toMilliseconds()).isEqualTo(9000);
			assertThat(request.getConnectionRequestTimeout().toMilliseconds()).isEqualTo(3000);
		}, "elastic.connect-timeout=2500ms", "elastic.socket-timeout=45s", "elastic.pool.validate-after-inactivity=500ms",
				"elastic.response-timeout=9s", "elastic.connection-request-timeout=3s");
	}

	@Test
	void poolSizesReachTheConnectionManager() {
		this.runner.withPropertyValues("elastic.pool.max-connections=40", "elastic.pool.max-connections-per-route=20")
			.withBean(ElasticClientBuilderCustomizer.class, () -> new Inspector() {
				@Override
				public void customize(PoolingAsyncClientConnectionManagerBuilder builder) {
					try (PoolingAsyncClientConnectionManager manager = builder.build()) {
						this.seen = manager.getMaxTotal() + "/" + manager.getDefaultMaxPerRoute();
					}
				}
			})
			.run((context) -> assertThat(context.getBean(Inspector.class).seen).isEqualTo("40/20"));
	}

	@Test
	void defaultPoolIsLargeEnoughForSixtyFourThreadsOnOneNode() {
		this.runner.run((context) -> {
			ElasticProperties properties = context.getBean(ElasticProperties.class);
			assertThat(properties.getPool().getMaxConnectionsPerRoute()).isEqualTo(64);
			assertThat(properties.getPool().getMaxConnections()).isEqualTo(128);
		});
	}

	@Test
	void keepAliveAndIdleEvictionAreWhatTheHttpClientGets() {
		this.runner.withPropertyValues("elastic.tcp-keep-alive=false", "elastic.pool.idle-timeout=20s")
			.run((context) -> {
				PropertiesClientBuilderCustomizer customizer = context.getBean(PropertiesClientBuilderCustomizer.class);
				assertThat(customizer.ioReactorConfig().isSoKeepAlive()).isFalse();
				assertThat(customizer.idleConnectionTimeout().toMilliseconds()).isEqualTo(20000);
			});
	}

	@Test
	void tcpKeepAliveIsOnByDefault() {
		this.runner.run((context) -> assertThat(
				context.getBean(PropertiesClientBuilderCustomizer.class).ioReactorConfig().isSoKeepAlive())
			.isTrue());
	}

	@Test
	void requestsGoThroughTheProxy() throws Exception {
		// Retries (elastic.retry.max-retries) are proven on the wire in ElasticRetryWireTests.
		try (RecordingServer proxy = RecordingServer.start()) {
			new ApplicationContextRunner()
				.withConfiguration(AutoConfigurations.of(ElasticAutoConfiguration.class, JacksonAutoConfiguration.class))
				.withPropertyValues("elastic.hosts=http://elasticsearch.invalid:9200", "elastic.proxy=" + proxy.url())
				.run((context) -> assertThat(
						context.getBean(ElasticsearchClient.class).get((g) -> g.index("i").id("1"), Map.class).found())
					.isTrue());
			assertThat(proxy.requests()).singleElement().satisfies((request) -> {
				assertThat(request.header("Host")).isEqualTo("elasticsearch.invalid:9200");
				assertThat(request.path()).isEqualTo("/i/_doc/1");
			});
		}
	}

	@Test
	void compressionFollowsTheCloudIdUnlessSet() {
		String cloudId = "elastic.cloud-id=x:ZXhhbXBsZS5jb20kZXMka2I=";
		new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(ElasticAutoConfiguration.class))
			.withPropertyValues(cloudId)
			.run((context) -> assertThat(context.getBean(PropertiesClientBuilderCustomizer.class).compression()).isTrue());
		new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(ElasticAutoConfiguration.class))
			.withPropertyValues(cloudId, "elastic.compression=false")
			.run((context) -> assertThat(context.getBean(PropertiesClientBuilderCustomizer.class).compression())
				.isFalse());
		this.runner.run((context) -> assertThat(context.getBean(PropertiesClientBuilderCustomizer.class).compression())
			.isFalse());
	}

	private void inspect(Consumer<ConnectionConfig> connection, Consumer<RequestConfig> request, String... properties) {
		this.runner.withPropertyValues(properties).withBean(ElasticClientBuilderCustomizer.class, () -> new Inspector() {
			@Override
			public void customize(ConnectionConfig.Builder builder) {
				connection.accept(builder.build());
				this.seen += "connection;";
			}

			@Override
			public void customize(RequestConfig.Builder builder) {
				request.accept(builder.build());
				this.seen += "request;";
			}
		}).run((context) -> assertThat(context.getBean(Inspector.class).seen).contains("connection;").contains("request;"));
	}

	/**
	 * Runs after the starter's customizer and records what it saw.
	 */
	abstract static class Inspector implements ElasticClientBuilderCustomizer, Ordered {

		String seen = "";

		@Override
		public int getOrder() {
			return 1;
		}

	}

	@Test
	void httpsNodesGetTheirStrategyAtStartUpAndPlainHttpNodesALazyOne() {
		ApplicationContextRunner runner = new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(ElasticAutoConfiguration.class));
		runner.withPropertyValues("elastic.hosts=http://localhost:9200")
			.run((context) -> assertThat(context.getBean(PropertiesClientBuilderCustomizer.class).tlsStrategy())
				.extracting((strategy) -> strategy.getClass().getSimpleName())
				.isEqualTo("LazyTlsStrategy"));
		runner.withPropertyValues("elastic.hosts=https://localhost:9200")
			.run((context) -> assertThat(context.getBean(PropertiesClientBuilderCustomizer.class).tlsStrategy())
				.extracting((strategy) -> strategy.getClass().getSimpleName())
				.isNotEqualTo("LazyTlsStrategy"));
	}

}
