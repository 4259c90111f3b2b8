package io.github.elasticstarter.health;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import co.elastic.clients.elasticsearch.ElasticsearchAsyncClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.HealthStatus;
import co.elastic.clients.elasticsearch.cluster.HealthResponse;
import co.elastic.clients.transport.rest5_client.low_level.ResponseException;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.core.env.Environment;

/**
 * Health of the Elasticsearch cluster from {@code GET /_cluster/health}: green and yellow are
 * UP, red is OUT_OF_SERVICE, no answer or a rejected request is DOWN with the reason. The check
 * never takes longer than its timeout, so a hung cluster cannot block the health endpoint.
 */
public class ElasticHealthIndicator extends AbstractHealthIndicator {

	private final ElasticsearchAsyncClient client;

	private final Duration timeout;

	/**
	 * Create a new instance.
	 * @param client the client to check the cluster with
	 * @param timeout the longest time a check may take
	 */
	public ElasticHealthIndicator(ElasticsearchAsyncClient client, Duration timeout) {
		super("Elasticsearch health check failed");
		this.client = client;
		this.timeout = timeout;
	}

	/**
	 * Create an indicator with the timeout of {@code management.health.elastic.timeout}.
	 * @param client the client to check the cluster with
	 * @param environment the environment to read the timeout from
	 * @return the indicator
	 */
	public static ElasticHealthIndicator of(ElasticsearchAsyncClient client, Environment environment) {
		Duration timeout = Binder.get(environment)
			.bind("management.health.elastic.timeout", Duration.class)
			.orElse(Duration.ofSeconds(2));
		return new ElasticHealthIndicator(client, timeout);
	}

	@Override
	protected void doHealthCheck(Health.Builder builder) throws InterruptedException {
		CompletableFuture<HealthResponse> pending = this.client.cluster().health();
		try {
			HealthResponse health = pending.get(this.timeout.toMillis(), TimeUnit.MILLISECONDS);
			HealthStatus status = health.status();
			(status == HealthStatus.Red ? builder.outOfService() : builder.up())
				.withDetail("clusterName", health.clusterName())
				.withDetail("status", status.jsonValue())
				.withDetail("numberOfNodes", health.numberOfNodes())
				.withDetail("unassignedShards", health.unassignedShards());
		}
		catch (TimeoutException ex) {
			pending.cancel(true);
			builder.down().withDetail("reason", "no answer from Elasticsearch within " + this.timeout.toMillis() + " ms");
		}
		catch (ExecutionException ex) {
			builder.down().withDetail("reason", reason(ex.getCause()));
		}
	}

	private static String reason(Throwable failure) {
		int status = status(failure);
		if (status == 401) {
			return "Elasticsearch rejected the client's credentials (401 Unauthorized)";
		}
		if (status == 403) {
			return "the client's user may not read the cluster health (403 Forbidden): it needs the 'monitor' "
					+ "cluster privilege";
		}
		Throwable root = failure;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		return (status > 0 ? "HTTP " + status + ": " : "") + root.getClass().getSimpleName()
				+ ((root.getMessage() != null) ? ": " + root.getMessage() : "");
	}

	private static int status(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof ElasticsearchException elasticsearch) {
				return elasticsearch.status();
			}
			if (cause instanceof ResponseException response) {
				return response.getResponse().getStatusCode();
			}
		}
		return 0;
	}

}
