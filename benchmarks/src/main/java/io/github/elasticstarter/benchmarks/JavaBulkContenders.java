package io.github.elasticstarter.benchmarks;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._helpers.bulk.BulkIngester;
import co.elastic.clients.elasticsearch._helpers.bulk.BulkListener;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import io.github.elasticstarter.bulk.BulkLoad;
import io.github.elasticstarter.bulk.BulkOptions;
import io.github.elasticstarter.bulk.BulkResult;
import io.github.elasticstarter.bulk.ElasticBulk;

/**
 * The Java contenders, on the starter's client: its {@link ElasticBulk} (with the
 * {@code elastic.bulk.*} defaults, or overrides for the sweep) and the Elasticsearch client's
 * {@link BulkIngester} with its defaults.
 */
final class JavaBulkContenders {

	private JavaBulkContenders() {
	}

	static BulkContender starter(String name, ElasticBulk bulk, List<BulkDocuments.Document> documents,
			Consumer<BulkOptions> overrides) {
		return new BulkContender() {
			@Override
			public String name() {
				return name;
			}

			@Override
			public Outcome load(String index) {
				long started = System.nanoTime();
				BulkResult result;
				try (BulkLoad load = bulk.open("benchmark", overrides)) {
					for (BulkDocuments.Document document : documents) {
						load.add(index, document.id(), document.source());
					}
					result = load.finish();
				}
				System.out.printf(Locale.ROOT, "         %-24s %d requests, %d operations retried, %,d bytes of operations%n",
						name, result.requests(), result.retried(), result.bytes());
				return new Outcome(result.succeeded(), result.failed(), (System.nanoTime() - started) / 1e9);
			}
		};
	}

	static BulkContender ingester(ElasticsearchClient client, List<BulkDocuments.Document> documents) {
		return new BulkContender() {
			@Override
			public String name() {
				return "BulkIngester";
			}

			@Override
			public Outcome load(String index) {
				AtomicLong succeeded = new AtomicLong();
				AtomicLong failed = new AtomicLong();
				long started = System.nanoTime();
				try (BulkIngester<Void> ingester = BulkIngester.of((b) -> b.client(client)
					.listener(countingListener(succeeded, failed)))) {
					for (BulkDocuments.Document document : documents) {
						ingester.add((op) -> op.index((i) -> i.index(index).id(document.id()).document(document.source())));
					}
				} // close() sends the rest and waits for every request
				return new Outcome(succeeded.get(), failed.get(), (System.nanoTime() - started) / 1e9);
			}
		};
	}

	private static BulkListener<Void> countingListener(AtomicLong succeeded, AtomicLong failed) {
		return new BulkListener<>() {
			@Override
			public void beforeBulk(long executionId, BulkRequest request, List<Void> contexts) {
			}

			@Override
			public void afterBulk(long executionId, BulkRequest request, List<Void> contexts, BulkResponse response) {
				long errors = response.items().stream().filter((item) -> item.error() != null).count();
				failed.addAndGet(errors);
				succeeded.addAndGet(response.items().size() - errors);
			}

			@Override
			public void afterBulk(long executionId, BulkRequest request, List<Void> contexts, Throwable failure) {
				failed.addAndGet(request.operations().size());
			}
		};
	}

}
