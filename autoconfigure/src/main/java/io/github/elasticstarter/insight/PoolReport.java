package io.github.elasticstarter.insight;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

import org.apache.hc.client5.http.HttpRoute;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.pool.ConnPoolControl;
import org.apache.hc.core5.pool.PoolStats;
import org.jspecify.annotations.Nullable;

/**
 * The statistics of a client's connection pool, in total and per node.
 */
final class PoolReport {

	private PoolReport() {
	}

	static Map<String, Object> of(@Nullable ConnPoolControl<HttpRoute> pool) {
		Map<String, Object> report = new LinkedHashMap<>();
		if (pool == null) {
			report.put("state", "not started");
			return report;
		}
		report.put("total", stats(pool.getTotalStats()));
		Map<String, Object> byNode = new TreeMap<>();
		pool.getRoutes().forEach((route) -> byNode.put(NodeStates.key(route.getTargetHost()), stats(pool.getStats(route))));
		report.put("nodes", byNode);
		return report;
	}

	/**
	 * The statistics of the routes to the given node (one, unless a proxy or a local address
	 * splits them), or an idle route's when the pool has none yet.
	 */
	static PoolStats forNode(ConnPoolControl<HttpRoute> pool, HttpHost node) {
		int leased = 0;
		int pending = 0;
		int available = 0;
		int max = pool.getDefaultMaxPerRoute();
		for (HttpRoute route : pool.getRoutes()) {
			if (NodeStates.key(route.getTargetHost()).equals(NodeStates.key(node))) {
				PoolStats stats = pool.getStats(route);
				leased += stats.getLeased();
				pending += stats.getPending();
				available += stats.getAvailable();
				max = stats.getMax();
			}
		}
		return new PoolStats(leased, pending, available, max);
	}

	private static Map<String, Integer> stats(PoolStats stats) {
		Map<String, Integer> values = new LinkedHashMap<>();
		values.put("leased", stats.getLeased());
		values.put("pending", stats.getPending());
		values.put("available", stats.getAvailable());
		values.put("max", stats.getMax());
		return values;
	}

}
