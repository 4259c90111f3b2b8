package io.github.elasticstarter.insight;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.ToIntFunction;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.apache.hc.client5.http.HttpRoute;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.pool.ConnPoolControl;
import org.apache.hc.core5.pool.PoolStats;

/**
 * Gauges of each client's connection pool per node: {@code elastic.pool.leased},
 * {@code elastic.pool.pending}, {@code elastic.pool.available} and {@code elastic.pool.max},
 * tagged with the {@code client} and the {@code node}. Nodes the client meets later (found by the
 * sniffer) get theirs on their first response.
 */
public class PoolMeters implements MeterBinder {

	private final List<ClientInsight> clients;

	/**
	 * Gauges for the pools of these clients.
	 * @param clients the insight of each client whose pool is measured
	 */
	public PoolMeters(List<ClientInsight> clients) {
		this.clients = clients;
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		for (ClientInsight client : this.clients) {
			ConnectionRecorder recorder = client.recorder();
			Set<String> registered = ConcurrentHashMap.newKeySet();
			client.client().getNodes().forEach((node) -> register(registry, recorder, node.getHost(), registered));
			recorder.nodeStates().onNewNode((host) -> register(registry, recorder, host, registered));
		}
	}

	private static void register(MeterRegistry registry, ConnectionRecorder recorder, HttpHost node,
			Set<String> registered) {
		if (!registered.add(NodeStates.key(node))) {
			return;
		}
		gauge(registry, recorder, node, "leased", "Connections in use", PoolStats::getLeased);
		gauge(registry, recorder, node, "pending", "Requests waiting for a connection", PoolStats::getPending);
		gauge(registry, recorder, node, "available", "Idle connections kept open", PoolStats::getAvailable);
		gauge(registry, recorder, node, "max", "Most connections to the node", PoolStats::getMax);
	}

	private static void gauge(MeterRegistry registry, ConnectionRecorder recorder, HttpHost node, String name,
			String description, ToIntFunction<PoolStats> value) {
		Gauge.builder("elastic.pool." + name, recorder, (source) -> {
			ConnPoolControl<HttpRoute> pool = source.pool();
			return (pool != null) ? value.applyAsInt(PoolReport.forNode(pool, node)) : 0;
		})
			.description(description)
			.tag("client", recorder.clientName())
			.tag("node", NodeStates.key(node))
			.register(registry);
	}

}
