package io.github.elasticstarter.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.Refresh;
import io.github.elasticstarter.localnode.LocalElasticsearch;

import org.springframework.context.ConfigurableApplicationContext;

/**
 * 64 threads share the singleton client and run a fixed number of small searches, with the
 * starter's default pool and with the {@code Rest5Client} defaults that Spring Boot keeps (10
 * connections per node, 30 in all): throughput, latency percentiles and errors.
 */
public final class LoadComparison {

	private static final String INDEX = "benchmark-load";

	private LoadComparison() {
	}

	public static void main(String[] args) throws Exception {
		int threads = (args.length > 0) ? Integer.parseInt(args[0]) : 64;
		int searchesPerThread = (args.length > 1) ? Integer.parseInt(args[1]) : 300;
		int rounds = (args.length > 2) ? Integer.parseInt(args[2]) : 3;
		LocalElasticsearch node = LocalElasticsearch.http();
		String[][] configurations = { { "spring-boot-defaults", "elastic.pool.max-connections-per-route=10",
				"elastic.pool.max-connections=30" }, { "starter-defaults" } };
		for (int round = 0; round < rounds; round++) {
			for (String[] configuration : configurations) {
				String[] properties = java.util.Arrays.copyOfRange(configuration, 1, configuration.length);
				try (ConfigurableApplicationContext context = Clients.starter(node, properties)) {
					ElasticsearchClient client = context.getBean(ElasticsearchClient.class);
					prepare(client);
					run(configuration[0], round, client, threads, searchesPerThread);
				}
			}
		}
		node.stop();
	}

	private static void prepare(ElasticsearchClient client) throws java.io.IOException {
		for (int i = 0; i < 100; i++) {
			String id = Integer.toString(i);
			client.index((x) -> x.index(INDEX).id(id).document(Map.of("name", "city " + id, "rank", id)));
		}
		client.indices().refresh((r) -> r.index(INDEX));
		client.index((x) -> x.index(INDEX).id("z").document(Map.of("name", "zurich")).refresh(Refresh.True));
	}

	private static void run(String name, int round, ElasticsearchClient client, int threads, int searchesPerThread)
			throws InterruptedException {
		long[] latencies = new long[threads * searchesPerThread];
		AtomicLong next = new AtomicLong();
		Map<String, AtomicLong> errors = new ConcurrentHashMap<>();
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		CountDownLatch done = new CountDownLatch(threads);
		long started = System.nanoTime();
		for (int t = 0; t < threads; t++) {
			pool.execute(() -> {
				for (int i = 0; i < searchesPerThread; i++) {
					long before = System.nanoTime();
					try {
						client.search((s) -> s.index(INDEX).size(5).query((q) -> q.match((m) -> m.field("name")
							.query("city"))), Map.class);
					}
					catch (Exception ex) {
						errors.computeIfAbsent(ex.getClass().getSimpleName(), (key) -> new AtomicLong())
							.incrementAndGet();
					}
					latencies[(int) next.getAndIncrement()] = System.nanoTime() - before;
				}
				done.countDown();
			});
		}
		done.await(10, TimeUnit.MINUTES);
		double seconds = (System.nanoTime() - started) / 1e9;
		pool.shutdownNow();
		List<String> errorSummary = new ArrayList<>();
		errors.forEach((type, count) -> errorSummary.add(type + "=" + count));
		System.out.printf(Locale.ROOT,
				"RESULT load %-20s round %d: %d searches, %.0f searches/s, p50 %.1f ms, p99 %.1f ms, errors %s%n", name,
				round, latencies.length, latencies.length / seconds, Stats.percentile(latencies, 50) / 1e6,
				Stats.percentile(latencies, 99) / 1e6, errorSummary.isEmpty() ? "0" : errorSummary);
	}

}
