package io.github.elasticstarter.benchmarks;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._helpers.bulk.BulkIngester;
import co.elastic.clients.elasticsearch._helpers.bulk.BulkListener;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import io.github.elasticstarter.localnode.LocalElasticsearch;

import org.springframework.context.ConfigurableApplicationContext;

/**
 * Bulk-ingests the sample data with compression off and on, alternately, through a proxy that
 * counts the request bytes: bytes on the wire and documents per second.
 */
public final class CompressionComparison {

	private CompressionComparison() {
	}

	public static void main(String[] args) throws Exception {
		Path data = Path.of((args.length > 0) ? args[0] : "sample-app/src/main/resources/data/cities.tsv.gz");
		int rounds = (args.length > 1) ? Integer.parseInt(args[1]) : 3;
		List<Map<String, Object>> cities = CitiesData.load(data);
		LocalElasticsearch node = LocalElasticsearch.http();
		Map<Boolean, List<Double>> bytes = new LinkedHashMap<>();
		Map<Boolean, List<Double>> docsPerSecond = new LinkedHashMap<>();
		try (CountingProxy proxy = new CountingProxy(node.port())) {
			for (int round = 0; round < rounds; round++) {
				for (boolean compression : new boolean[] { false, true }) {
					try (ConfigurableApplicationContext context = Clients.starter(node,
							"elastic.hosts=http://127.0.0.1:" + proxy.port(), "elastic.compression=" + compression)) {
						ElasticsearchClient client = context.getBean(ElasticsearchClient.class);
						String index = "compression-" + compression + "-" + round;
						proxy.takeBytesToServer();
						long started = System.nanoTime();
						ingest(client, index, cities);
						double seconds = (System.nanoTime() - started) / 1e9;
						bytes.computeIfAbsent(compression, (key) -> new ArrayList<>())
							.add(proxy.takeBytesToServer() / 1e6);
						docsPerSecond.computeIfAbsent(compression, (key) -> new ArrayList<>())
							.add(cities.size() / seconds);
						client.indices().delete((d) -> d.index(index));
					}
				}
			}
		}
		Stats offBytes = Stats.of(bytes.get(false));
		Stats onBytes = Stats.of(bytes.get(true));
		Stats offRate = Stats.of(docsPerSecond.get(false));
		Stats onRate = Stats.of(docsPerSecond.get(true));
		System.out.printf(Locale.ROOT, "RESULT compression off request bytes %s; docs/s %s%n", offBytes.format("MB"),
				offRate.format("docs/s"));
		System.out.printf(Locale.ROOT, "RESULT compression on  request bytes %s; docs/s %s%n", onBytes.format("MB"),
				onRate.format("docs/s"));
		System.out.printf(Locale.ROOT, "RESULT compression on/off: bytes ratio %.3f, docs/s ratio %.3f (%d docs)%n",
				onBytes.median() / offBytes.median(), onRate.median() / offRate.median(), cities.size());
		node.stop();
	}

	private static void ingest(ElasticsearchClient client, String index, List<Map<String, Object>> cities)
			throws InterruptedException {
		AtomicLong failed = new AtomicLong();
		BulkListener<Void> listener = new BulkListener<>() {
			@Override
			public void beforeBulk(long executionId, BulkRequest request, List<Void> contexts) {
			}

			@Override
			public void afterBulk(long executionId, BulkRequest request, List<Void> contexts, BulkResponse response) {
				failed.addAndGet(response.items().stream().filter((item) -> item.error() != null).count());
			}

			@Override
			public void afterBulk(long executionId, BulkRequest request, List<Void> contexts, Throwable failure) {
				failed.addAndGet(request.operations().size());
			}
		};
		try (BulkIngester<Void> ingester = BulkIngester.of((b) -> b.client(client)
			.maxOperations(2000)
			.maxConcurrentRequests(2)
			.listener(listener))) {
			int id = 0;
			for (Map<String, Object> city : cities) {
				String documentId = Integer.toString(id++);
				ingester.add((op) -> op.index((i) -> i.index(index).id(documentId).document(city)));
			}
		}
		if (failed.get() > 0) {
			throw new IllegalStateException(failed.get() + " documents failed to index into " + index);
		}
	}

}
