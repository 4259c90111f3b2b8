package io.github.elasticstarter.faults;

import java.io.IOException;
import java.time.Duration;
import java.util.UUID;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.HealthStatus;
import io.github.elasticstarter.autoconfigure.ElasticAutoConfiguration;
import io.github.elasticstarter.autoconfigure.health.ElasticHealthContributorAutoConfiguration;
import io.github.elasticstarter.localnode.LocalElasticsearch;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.ssl.SslAutoConfiguration;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * Application contexts with the starter (and its health indicator) for the fault tests, and
 * the small tools they share.
 */
final class FaultContexts {

	private FaultContexts() {
	}

	/** The starter, Jackson, SSL bundles and the health indicator; no connection configured. */
	static ApplicationContextRunner runner() {
		return new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(ElasticAutoConfiguration.class,
				JacksonAutoConfiguration.class, SslAutoConfiguration.class,
				ElasticHealthContributorAutoConfiguration.class));
	}

	/** A context connected to {@code hosts} as the superuser of {@code node}'s installation. */
	static ApplicationContextRunner connectedTo(String hosts, LocalElasticsearch node) {
		UsedSecrets.register(node.superuserPassword());
		UsedSecrets.register(java.util.Base64.getEncoder()
			.encodeToString((node.superuserName() + ":" + node.superuserPassword()).getBytes(
					java.nio.charset.StandardCharsets.UTF_8)));
		return runner().withPropertyValues("elastic.hosts=" + hosts, "elastic.username=" + node.superuserName(),
				"elastic.password=" + node.superuserPassword());
	}

	/** The starter with short timeouts, so that a fault shows within a few seconds. */
	static ApplicationContextRunner withShortTimeouts(ApplicationContextRunner runner) {
		return runner.withPropertyValues("elastic.connect-timeout=1s", "elastic.socket-timeout=1s",
				"elastic.connection-request-timeout=2s", "management.health.elastic.timeout=3s");
	}

	/** Creates the index and waits (at most 60 s) until all its shards are allocated. */
	static void createGreenIndex(ElasticsearchClient client, String index, int shards, int replicas)
			throws IOException {
		client.indices()
			.create((create) -> create.index(index)
				.settings((settings) -> settings.numberOfShards(Integer.toString(shards))
					.numberOfReplicas(Integer.toString(replicas))));
		HealthStatus status = client.cluster()
			.health((health) -> health.index(index).waitForStatus(HealthStatus.Green).timeout((t) -> t.time("60s")))
			.status();
		if (status != HealthStatus.Green) {
			throw new IllegalStateException("Index " + index + " is " + status + ", not green, after 60 s");
		}
	}

	static String uniqueIndex(String prefix) {
		return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
	}

	/** Milliseconds since {@code startNanos}. */
	static long millisSince(long startNanos) {
		return Duration.ofNanos(System.nanoTime() - startNanos).toMillis();
	}

}
