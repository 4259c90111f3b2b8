package io.github.elasticstarter.integration;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.Refresh;
import io.github.elasticstarter.autoconfigure.clients.ElasticClientsAutoConfiguration;
import io.github.elasticstarter.autoconfigure.health.ElasticHealthContributorAutoConfiguration;
import io.github.elasticstarter.autoconfigure.insight.ElasticInsightAutoConfiguration;
import io.github.elasticstarter.http.ElasticClientBuilderCustomizer;
import io.github.elasticstarter.insight.ElasticEndpoint;
import io.github.elasticstarter.localnode.ApiKey;
import io.github.elasticstarter.localnode.LocalElasticsearch;
import io.github.elasticstarter.localnode.spring.LoopbackHostNames;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.observation.DefaultMeterObservationHandler;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.BeanFactoryAnnotationUtils;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.ssl.SslBundles;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One application, two named clients on two real nodes with different credentials and CAs: the
 * shared HTTPS node by Cloud ID ("cloud", trusting its CA by fingerprint) and a node of its own with a
 * CA of its own, by hosts ("archive", trusting that CA through an SSL bundle, with an API key). Each
 * client reaches its own node only, with connections from its own pool, and tags its metrics
 * with its name; stopping the archive node turns only its health component DOWN.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class NamedClientsRealNodeTests {

	private static LocalElasticsearch archiveNode;

	private static Path archiveCa;

	private static ApiKey archiveKey;

	private final LocalElasticsearch cloudNode = LocalElasticsearch.https();

	private final String run = UUID.randomUUID().toString().substring(0, 8);

	private final MeterRegistry meters = new SimpleMeterRegistry();

	@BeforeAll
	static void startArchiveNode(@TempDir Path directory) throws IOException {
		archiveNode = LocalElasticsearch.builder().https(true).startupTimeout(ContinuousAuthentication.NODE_STARTUP).start();
		// Local nodes share one superuser password; the archive client authenticates with an API key instead.
		archiveKey = archiveNode.createApiKey("named-clients-archive");
		// Local nodes share one CA; the archive node gets a CA of its own.
		archiveCa = Files.writeString(directory.resolve("archive-ca.crt"),
				archiveNode.replaceCertificateWithNewCa("Archive Test CA"));
	}

	@AfterAll
	static void stopArchiveNode() {
		if (archiveNode != null) {
			archiveNode.stop();
		}
	}

	@Test
	@Order(1)
	void theClientsHaveDifferentCredentialsAndCas() throws IOException {
		assertThat(Files.readString(archiveCa)).isNotEqualTo(this.cloudNode.caCertificatePem());
		assertThat(archiveKey.encoded()).isNotEqualTo(this.cloudNode.superuserPassword());
	}

	@Test
	@Order(2)
	void eachClientReachesOnlyItsOwnNodeThroughItsOwnPool() {
		String index = RealNode.uniqueIndex("named");
		runner().run((context) -> {
			ElasticsearchClient cloud = client(context, "cloud");
			ElasticsearchClient archive = client(context, "archive");
			cloud.index((i) -> i.index(index).id("from-cloud").document(Map.of("name", "Zurich")).refresh(Refresh.True));
			archive.index((i) -> i.index(index).id("from-archive").document(Map.of("name", "Basel")).refresh(Refresh.True));
			assertThat(cloud.exists((e) -> e.index(index).id("from-cloud")).value()).isTrue();
			assertThat(cloud.exists((e) -> e.index(index).id("from-archive")).value()).isFalse();
			assertThat(archive.exists((e) -> e.index(index).id("from-archive")).value()).isTrue();
			assertThat(archive.exists((e) -> e.index(index).id("from-cloud")).value()).isFalse();
			NodeHttpStats cloudStats = new NodeHttpStats(this.cloudNode);
			NodeHttpStats archiveStats = new NodeHttpStats(archiveNode,
					context.getBean(SslBundles.class).getBundle("archive").createSslContext());
			assertThat(cloudStats.connections(opaqueId("cloud"))).isNotEmpty();
			assertThat(cloudStats.connections(opaqueId("archive"))).isEmpty();
			assertThat(archiveStats.connections(opaqueId("archive"))).isNotEmpty();
			assertThat(archiveStats.connections(opaqueId("cloud"))).isEmpty();
			long cloudRequests = cloudStats.connections(opaqueId("cloud"))
				.stream()
				.mapToLong(NodeHttpStats.Connection::requests)
				.sum();
			assertThat(cloudRequests).isGreaterThanOrEqualTo(3);
		});
		assertThat(calls("cloud", "index")).isEqualTo(1);
		assertThat(calls("archive", "exists")).isEqualTo(2);
	}

	@Test
	@Order(3)
	void theElasticEndpointShowsEachClientWithItsOwnServerAndTrust() {
		runner().withConfiguration(AutoConfigurations.of(ElasticInsightAutoConfiguration.class))
			.withPropertyValues("management.endpoints.web.exposure.include=elastic")
			.run((context) -> {
				JsonNode clients = new JsonMapper().valueToTree(context.getBean(ElasticEndpoint.class).clients());
				assertThat(clients.propertyNames()).containsExactlyInAnyOrder("cloud", "archive");
				for (String name : new String[] { "cloud", "archive" }) {
					JsonNode client = clients.get(name);
					assertThat(client.at("/server/version").asString()).as(name).isEqualTo("9.2.4");
					assertThat(client.at("/tls/match").asBoolean()).as(name).isTrue();
				}
				assertThat(clients.at("/cloud/credentials/kind").asString()).isEqualTo("username and password");
				assertThat(clients.at("/archive/credentials/kind").asString()).isEqualTo("API key");
				assertThat(clients.at("/cloud/tls/trust").asString()).isEqualTo("ca-fingerprint");
				assertThat(clients.get("archive").toString()).contains(String.valueOf(archiveNode.port()))
					.doesNotContain(String.valueOf(this.cloudNode.port()))
					.doesNotContain(archiveKey.encoded());
				assertThat(clients.get("cloud").toString()).doesNotContain(this.cloudNode.superuserPassword());
			});
	}

	@Test
	@Order(4)
	void stoppingOneNodeTurnsOnlyItsHealthComponentDown() {
		runner().run((context) -> {
			assertThat(health(context, "cloud")).isEqualTo(Status.UP);
			assertThat(health(context, "archive")).isEqualTo(Status.UP);
			archiveNode.stop();
			assertThat(health(context, "archive")).isEqualTo(Status.DOWN);
			assertThat(health(context, "cloud")).isEqualTo(Status.UP);
			assertThat(client(context, "cloud").cluster().health().numberOfNodes()).isEqualTo(1);
		});
	}

	private ApplicationContextRunner runner() {
		String cloudId = "local-deployment:" + Base64.getEncoder()
			.encodeToString(("localhost:" + this.cloudNode.port() + "$abc123$kibana456").getBytes(StandardCharsets.UTF_8));
		ObservationRegistry observations = ObservationRegistry.create();
		observations.observationConfig().observationHandler(new DefaultMeterObservationHandler(this.meters));
		return RealNode.runner()
			.withConfiguration(AutoConfigurations.of(ElasticHealthContributorAutoConfiguration.class,
					ElasticClientsAutoConfiguration.class))
			.withBean("loopbackDns", ElasticClientBuilderCustomizer.class,
					() -> LoopbackHostNames.customizer("abc123.localhost"))
			.withBean(ObservationRegistry.class, () -> observations)
			.withPropertyValues("elastic.clients.cloud.cloud-id=" + cloudId,
					"elastic.clients.cloud.username=" + this.cloudNode.superuserName(),
					"elastic.clients.cloud.password=" + this.cloudNode.superuserPassword(),
					"elastic.clients.cloud.ssl.ca-fingerprint=" + this.cloudNode.caFingerprintSha256(),
					"elastic.clients.cloud.opaque-id=" + opaqueId("cloud"),
					"elastic.clients.archive.hosts=" + archiveNode.baseUri(),
					"elastic.clients.archive.api-key=" + archiveKey.encoded(),
					"elastic.clients.archive.ssl.bundle=archive",
					"spring.ssl.bundle.pem.archive.truststore.certificate=file:" + archiveCa,
					"elastic.clients.archive.opaque-id=" + opaqueId("archive"),
					"management.health.elastic.timeout=5s");
	}

	private long calls(String client, String operation) {
		return this.meters.get("elastic.client.requests")
			.tags("client", client, "operation", operation)
			.timers()
			.stream()
			.mapToLong(Timer::count)
			.sum();
	}

	private String opaqueId(String client) {
		return "named-" + client + "-" + this.run;
	}

	private static ElasticsearchClient client(AssertableApplicationContext context, String name) {
		return BeanFactoryAnnotationUtils.qualifiedBeanOfType(context.getBeanFactory(), ElasticsearchClient.class, name);
	}

	private static Status health(ApplicationContext context, String name) {
		return context.getBean("elastic-" + name + "HealthIndicator", HealthIndicator.class).health().getStatus();
	}

}
