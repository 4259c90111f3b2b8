package io.github.elasticstarter.integration;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import co.elastic.clients.transport.rest5_client.low_level.Request;
import co.elastic.clients.transport.rest5_client.low_level.Rest5Client;
import io.github.elasticstarter.autoconfigure.insight.ElasticInsightAutoConfiguration;
import io.github.elasticstarter.insight.ElasticEndpoint;
import io.github.elasticstarter.insight.StartupCheckFailedException;
import io.github.elasticstarter.localnode.ApiKey;
import io.github.elasticstarter.localnode.LocalElasticsearch;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Connection insight against the real HTTPS node: the {@code elastic} endpoint for each kind of
 * credential with the right and a wrong CA pin, the pool gauges under load, and the start-up
 * check.
 */
@ExtendWith(OutputCaptureExtension.class)
class ConnectionInsightRealNodeTests {

	private static final String WRONG_PIN = "ab".repeat(32);

	private final LocalElasticsearch node = LocalElasticsearch.https();

	@Test
	void endpointForBasicCredentialsWithThePin() {
		assertPinnedEndpoint("username and password", "elastic.username=" + this.node.superuserName(),
				"elastic.password=" + this.node.superuserPassword());
	}

	@Test
	void endpointForAnApiKeyWithThePin() {
		ApiKey key = this.node.createApiKey("insight-endpoint-test");
		assertPinnedEndpoint("API key", "elastic.api-key=" + key.id() + ":" + key.secret());
	}

	@Test
	void endpointForABearerTokenWithThePin() {
		assertPinnedEndpoint("bearer token", "elastic.bearer-token=" + this.node.createServiceToken("insight-bearer"));
	}

	private void assertPinnedEndpoint(String kind, String... credentials) {
		insight(this.node.caFingerprintSha256()).withPropertyValues(credentials).run((context) -> {
			Map<String, Object> client = describe(context.getBean(ElasticEndpoint.class));
			Map<String, Object> server = part(client, "server");
			assertThat(server).containsEntry("version", this.node.version())
				.containsEntry("buildFlavor", "default")
				.containsEntry("source", "GET /_nodes/_local");
			assertThat(part(server, "compatibility")).containsEntry("verdict", "compatible");
			assertThat(part(client, "credentials")).containsEntry("kind", kind);
			Map<String, Object> tls = part(client, "tls");
			assertThat(tls).containsEntry("trust", "ca-fingerprint").containsEntry("match", true);
			Map<String, Object> peer = onlyPeer(tls);
			assertThat(peer).containsEntry("match", true).containsEntry("trusted", true);
			assertThat(fingerprints(peer)).contains(this.node.caFingerprintSha256());
			assertThat(part(client, "nodes")).containsOnlyKeys(this.node.baseUri().toString().replaceAll("/$", ""));
			printAndCheckForSecrets(context.getBean(ElasticEndpoint.class), credentials);
		});
	}

	@Test
	void endpointWithAWrongPinShowsTheRealFingerprint() {
		insight(WRONG_PIN).withPropertyValues("elastic.username=" + this.node.superuserName(),
				"elastic.password=" + this.node.superuserPassword()).run((context) -> {
					Map<String, Object> client = describe(context.getBean(ElasticEndpoint.class));
					assertThat(part(client, "server")).containsKey("error");
					Map<String, Object> tls = part(client, "tls");
					assertThat(tls).containsEntry("pin", WRONG_PIN).containsEntry("match", false);
					Map<String, Object> peer = onlyPeer(tls);
					assertThat(peer).containsEntry("match", false).containsEntry("trusted", false);
					assertThat((String) peer.get("rejection")).contains("No certificate in the server's chain");
					assertThat(fingerprints(peer)).contains(this.node.caFingerprintSha256()).doesNotContain(WRONG_PIN);
					printAndCheckForSecrets(context.getBean(ElasticEndpoint.class),
							"elastic.password=" + this.node.superuserPassword());
				});
	}

	@Test
	void poolGaugesMoveUnderA64ThreadLoadAndReturnToIdle() throws Exception {
		insight(this.node.caFingerprintSha256())
			.withPropertyValues("elastic.username=" + this.node.superuserName(),
					"elastic.password=" + this.node.superuserPassword(), "elastic.pool.max-connections-per-route=32",
					// 32 TLS handshakes at once on a loaded machine: the proof is about the pool, not timeouts
					"elastic.connect-timeout=15s")
			.withBean(MeterRegistry.class, SimpleMeterRegistry::new)
			.run((context) -> {
				MeterRegistry registry = context.getBean(MeterRegistry.class);
				context.getBean("elasticPoolMeters", MeterBinder.class).bindTo(registry);
				Rest5Client client = context.getBean(Rest5Client.class);
				String node = this.node.baseUri().toString().replaceAll("/$", "");
				ExecutorService threads = Executors.newFixedThreadPool(64);
				try {
					CountDownLatch start = new CountDownLatch(1);
					AtomicInteger answered = new AtomicInteger();
					List<Future<?>> load = new ArrayList<>();
					for (int i = 0; i < 64; i++) {
						load.add(threads.submit(() -> {
							start.await();
							// The node holds each request for 5 s: waits for a second node that never comes.
							Request wait = new Request("GET", "/_cluster/health");
							wait.addParameter("wait_for_nodes", "2");
							wait.addParameter("timeout", "5s");
							client.performRequest(wait);
							return answered.incrementAndGet();
						}));
					}
					start.countDown();
					await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50)).untilAsserted(() -> {
						for (Future<?> request : load) {
							if (request.isDone()) {
								request.get(); // a failed request fails the proof with its cause
							}
						}
						assertThat(gauge(registry, "leased", node)).isEqualTo(32);
						assertThat(gauge(registry, "pending", node)).isEqualTo(32);
					});
					System.out.printf("[insight] under load: leased=%.0f pending=%.0f available=%.0f max=%.0f%n",
							gauge(registry, "leased", node), gauge(registry, "pending", node),
							gauge(registry, "available", node), gauge(registry, "max", node));
					for (Future<?> request : load) {
						request.get(60, TimeUnit.SECONDS);
					}
					assertThat(answered).hasValue(64);
					await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
						assertThat(gauge(registry, "leased", node)).isZero();
						assertThat(gauge(registry, "pending", node)).isZero();
						assertThat(gauge(registry, "available", node)).isPositive();
					});
					System.out.printf("[insight] idle: leased=%.0f pending=%.0f available=%.0f%n",
							gauge(registry, "leased", node), gauge(registry, "pending", node),
							gauge(registry, "available", node));
				}
				finally {
					threads.shutdownNow();
				}
			});
	}

	@Test
	void startupCheckAtFailPassesAgainstTheNode(CapturedOutput output) {
		insight(this.node.caFingerprintSha256())
			.withPropertyValues("elastic.username=" + this.node.superuserName(),
					"elastic.password=" + this.node.superuserPassword(), "elastic.startup-check=fail")
			.run((context) -> assertThat(context).hasNotFailed());
		assertThat(output).contains("Elasticsearch client 'default': compatible: server " + this.node.version())
			.contains("version read from GET /_nodes/_local")
			.contains("the server accepted the username and password")
			.contains("TLS matches the configured trust")
			.doesNotContain(this.node.superuserPassword());
	}

	@Test
	void startupCheckAtFailStopsOnAWrongPinNamingThePresentedFingerprints() {
		insight(WRONG_PIN).withPropertyValues("elastic.username=" + this.node.superuserName(),
				"elastic.password=" + this.node.superuserPassword(), "elastic.startup-check=fail").run((context) -> {
					assertThat(context).hasFailed();
					// the failure analysis names elastic.startup-check: StartupCheckFailureAnalyzerTests
					assertThat(context.getStartupFailure()).rootCause()
						.isInstanceOfSatisfying(StartupCheckFailedException.class,
								(failure) -> assertThat(failure.getClientName()).isEqualTo("default"))
						.hasMessageContaining("DOES NOT match the configured trust")
						.hasMessageContaining(colons(this.node.caFingerprintSha256()));
				});
	}

	private ApplicationContextRunner insight(String pin) {
		return RealNode.runner()
			.withConfiguration(AutoConfigurations.of(ElasticInsightAutoConfiguration.class))
			.withPropertyValues("elastic.hosts=" + this.node.baseUri(), "elastic.ssl.ca-fingerprint=" + pin,
					"management.endpoints.web.exposure.include=elastic");
	}

	private static void printAndCheckForSecrets(ElasticEndpoint endpoint, String... credentials) {
		String json = new JsonMapper().writerWithDefaultPrettyPrinter().writeValueAsString(endpoint.clients());
		System.out.println("[insight] elastic endpoint:\n" + json);
		for (String credential : credentials) {
			assertThat(json).doesNotContain(credential.substring(credential.indexOf('=') + 1));
		}
	}

	private static double gauge(MeterRegistry registry, String name, String node) {
		return registry.get("elastic.pool." + name).tag("client", "default").tag("node", node).gauge().value();
	}

	@SuppressWarnings("unchecked")
	private static List<String> fingerprints(Map<String, Object> peer) {
		return ((List<Map<String, String>>) peer.get("certificates")).stream()
			.map((certificate) -> certificate.get("sha256").replace(":", "").toLowerCase(java.util.Locale.ROOT))
			.toList();
	}

	private static String colons(String hex) {
		return String.join(":", hex.toUpperCase(java.util.Locale.ROOT).split("(?<=\\G..)"));
	}

	private static Map<String, Object> onlyPeer(Map<String, Object> tls) {
		Map<String, Object> servers = part(tls, "servers");
		assertThat(servers).hasSize(1);
		return part(servers, servers.keySet().iterator().next());
	}

	private static Map<String, Object> describe(ElasticEndpoint endpoint) {
		Map<String, Object> clients = endpoint.clients();
		assertThat(clients).containsOnlyKeys("default");
		return part(clients, "default");
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> part(Map<String, Object> map, String key) {
		return (Map<String, Object>) map.get(key);
	}

}
