package io.github.elasticstarter.insight;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import co.elastic.clients.transport.rest5_client.low_level.Node;
import co.elastic.clients.transport.rest5_client.low_level.Rest5Client;
import io.github.elasticstarter.autoconfigure.ElasticAutoConfiguration;
import io.github.elasticstarter.autoconfigure.clients.ElasticClientsAutoConfiguration;
import io.github.elasticstarter.autoconfigure.insight.ElasticInsightAutoConfiguration;
import io.github.elasticstarter.testsupport.RecordingServer;
import org.apache.hc.core5.http.HttpHost;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@code elastic} actuator endpoint against a recording server: one entry per client, keyed
 * {@code default} for the un-named client, each part read from the wire or the pool, and a
 * client that cannot be reached shown as data.
 */
class InsightEndpointTests {

	static final String VERSION_9 = "{\"version\":{\"number\":\"9.2.0\",\"build_flavor\":\"default\"}}";

	@RegisterExtension
	final RecordingServer server = RecordingServer.forEachTest();

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(ElasticAutoConfiguration.class, ElasticInsightAutoConfiguration.class))
		.withPropertyValues("management.endpoints.web.exposure.include=elastic");

	@Test
	void noEndpointUnlessExposed() {
		new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(ElasticAutoConfiguration.class, ElasticInsightAutoConfiguration.class))
			.withPropertyValues("elastic.hosts=" + this.server.url())
			.run((context) -> assertThat(context).doesNotHaveBean(ElasticEndpoint.class));
	}

	@Test
	void showsTheUnNamedClientAsDefault() {
		this.server.enqueue(200, VERSION_9);
		onServer().run((context) -> assertThat(context.getBean(ElasticEndpoint.class).clients()).containsOnlyKeys("default"));
	}

	@Test
	void showsEveryNamedClientBesideTheUnNamedOne() throws IOException {
		this.server.enqueue(200, VERSION_9);
		try (RecordingServer archive = RecordingServer.start()) {
			archive.enqueue(200, VERSION_9);
			onServer().withConfiguration(AutoConfigurations.of(ElasticClientsAutoConfiguration.class))
				.withPropertyValues("elastic.clients.archive.hosts=" + archive.url())
				.run((context) -> {
					Map<String, ?> clients = context.getBean(ElasticEndpoint.class).clients();
					assertThat(clients).containsOnlyKeys("default", "archive");
					assertThat(JsonMapper.builder().build().writeValueAsString(clients.get("archive")))
						.contains(archive.url());
				});
		}
	}

	@Test
	void showsNamedClientsWithoutAnUnNamedOne() {
		this.runner.withConfiguration(AutoConfigurations.of(ElasticClientsAutoConfiguration.class))
			.withPropertyValues("elastic.clients.archive.hosts=" + this.server.url())
			.run((context) -> assertThat(context.getBean(ElasticEndpoint.class).clients()).containsOnlyKeys("archive"));
	}

	@Test
	void showsTheServerVersionFlavourAndVerdict() {
		this.server.enqueue(200, VERSION_9);
		onServer().run((context) -> assertThat(part(context.getBean(ElasticEndpoint.class), "server"))
			.containsEntry("version", "9.2.0")
			.containsEntry("buildFlavor", "default")
			.containsEntry("source", "GET /")
			.extractingByKey("compatibility")
			.asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
			.containsKey("verdict"));
	}

	@Test
	void readsTheVersionFromTheNodeInfoWhenTheRootAnswers405() {
		this.server.enqueueError(405)
			.enqueue(200, "{\"nodes\":{\"n1\":{\"version\":\"9.2.4\",\"build_flavor\":\"default\"}}}");
		onServer().run((context) -> {
			assertThat(part(context.getBean(ElasticEndpoint.class), "server")).containsEntry("version", "9.2.4")
				.containsEntry("source", "GET /_nodes/_local");
			assertThat(this.server.requests().get(1).query()).isEqualTo("filter_path=nodes.%2A.version%2Cnodes.%2A.build_flavor");
		});
	}

	@Test
	void aServerServingNeitherGivesAnUnknownVerdict() {
		this.server.enqueueError(405).enqueueError(404);
		onServer().run((context) -> assertThat(part(context.getBean(ElasticEndpoint.class), "server"))
			.containsEntry("version", null)
			.containsEntry("source", "GET / answered 405, GET /_nodes/_local answered 404, without a version")
			.extractingByKey("compatibility")
			.asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
			.containsEntry("verdict", "unknown"));
	}

	@Test
	void aClientThatCannotConnectShowsItsErrorAndTheRestOfItsParts() {
		this.server.close();
		onServer().run((context) -> {
			Map<String, Object> client = client(context.getBean(ElasticEndpoint.class));
			assertThat(client).containsKeys("nodes", "pool", "settings", "credentials", "tls");
			assertThat((Map<String, Object>) client.get("server")).containsKey("error");
		});
	}

	@Test
	void showsThePoolInTotalAndPerNode() {
		this.server.enqueue(200, VERSION_9);
		onServer().run((context) -> {
			ElasticEndpoint endpoint = context.getBean(ElasticEndpoint.class);
			Map<String, Object> pool = part(endpoint, "pool");
			Map<String, Object> total = (Map<String, Object>) pool.get("total");
			// the version request's connection goes back to the pool as its exchange completes,
			// which can be just after the response was handed over: count it either way
			assertThat((int) total.get("leased") + (int) total.get("available")).isOne();
			assertThat(total).containsEntry("pending", 0).containsEntry("max", 128);
			assertThat((Map<String, Object>) pool.get("nodes")).containsOnlyKeys(this.server.url());
		});
	}

	@Test
	void marksANodeThatAnswered503DeadWithItsRetryTime() {
		this.server.enqueueError(503).enqueueError(503);
		onServer("elastic.retry.max-retries=0").run((context) -> {
			Map<String, Object> nodes = part(context.getBean(ElasticEndpoint.class), "nodes");
			assertThat((Map<String, Object>) nodes.get(this.server.url())).containsEntry("state", "dead")
				.containsEntry("configured", true)
				.containsKey("deadUntil");
		});
	}

	@Test
	void showsSniffedNodesAndTheConfiguredOnesTheyReplaced() {
		this.server.enqueue(200, VERSION_9);
		onLocalhost().run((context) -> {
			HttpHost sniffed = new HttpHost("http", "127.0.0.1", this.server.port());
			HttpHost configured = new HttpHost("http", "localhost", this.server.port());
			context.getBean(Rest5Client.class).setNodes(List.of(new Node(sniffed)));
			Map<String, Object> nodes = part(context.getBean(ElasticEndpoint.class), "nodes");
			assertThat((Map<String, Object>) nodes.get(sniffed.toURI())).containsEntry("configured", false)
				.containsEntry("state", "alive");
			assertThat((Map<String, Object>) nodes.get(configured.toURI())).containsEntry("configured", true)
				.containsEntry("state", "not in use");
		});
	}

	@Test
	void showsTheSettingsInEffect() {
		this.server.enqueue(200, VERSION_9);
		onServer("elastic.compression=true", "elastic.retry.max-retries=5", "elastic.compatibility-mode=false")
			.run((context) -> assertThat(part(context.getBean(ElasticEndpoint.class), "settings"))
				.containsEntry("compression", true)
				.containsEntry("maxRetries", 5)
				.containsEntry("compatibilityMode", false)
				.containsEntry("serverMode", "stack")
				.containsEntry("connectTimeout", "PT1S"));
	}

	@Test
	void showsTheCredentialKindOnly() {
		this.server.enqueue(200, VERSION_9);
		onServer("elastic.api-key=aWQ6c2VjcmV0LWtleS12YWx1ZQ==").run((context) -> {
			assertThat(part(context.getBean(ElasticEndpoint.class), "credentials")).containsExactly(Map.entry("kind", "API key"));
			assertThat(json(context.getBean(ElasticEndpoint.class))).doesNotContain("aWQ6c2VjcmV0LWtleS12YWx1ZQ==");
		});
	}

	@Test
	void serialisesToJson() {
		this.server.enqueue(200, VERSION_9);
		onServer().run((context) -> assertThat(json(context.getBean(ElasticEndpoint.class)))
			.contains("\"default\"", "\"version\":\"9.2.0\"", "\"tls\""));
	}

	private ApplicationContextRunner onServer(String... properties) {
		return this.runner.withPropertyValues("elastic.hosts=" + this.server.url()).withPropertyValues(properties);
	}

	private ApplicationContextRunner onLocalhost() {
		return this.runner.withPropertyValues("elastic.hosts=http://localhost:" + this.server.port());
	}

	static String json(ElasticEndpoint endpoint) {
		return new JsonMapper().writeValueAsString(endpoint.clients());
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> client(ElasticEndpoint endpoint) {
		return (Map<String, Object>) endpoint.clients().get("default");
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> part(ElasticEndpoint endpoint, String part) {
		return (Map<String, Object>) client(endpoint).get(part);
	}

}
