package io.github.elasticstarter.sample;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._helpers.bulk.BulkIngester;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.stereotype.Component;

/**
 * Loads the bundled cities into the index with the client's {@link BulkIngester}. Ids derive
 * from the cities ({@link CityIds}), so loading again overwrites instead of duplicating.
 */
@Component
public class CityLoader {

	private static final Log logger = LogFactory.getLog(CityLoader.class);

	/** About 0.5 MB per request for these small documents: large enough to amortise, small enough to retry. */
	private static final int MAX_OPERATIONS = 5_000;

	/** Two requests in flight keep the node busy while the next batch is built, on a 2-core machine too. */
	private static final int MAX_CONCURRENT_REQUESTS = 2;

	/** Sends a partial batch that waited this long, so that a slow reader never stalls the tail. */
	private static final Duration FLUSH_INTERVAL = Duration.ofSeconds(1);

	private final ElasticsearchClient client;

	private final CityIndex index;

	private final SampleProperties properties;

	CityLoader(ElasticsearchClient client, CityIndex index, SampleProperties properties) {
		this.client = client;
		this.index = index;
		this.properties = properties;
	}

	/**
	 * Indexes the cities (all of them, or the first {@code sample.data.limit}) into an existing
	 * index and waits until every request has completed.
	 * @return the counts; failures are in it, not thrown
	 */
	public LoadSummary load() {
		CitiesFile file = new CitiesFile(CitiesFile.BUNDLED, this.properties.data().limit());
		long total = file.count();
		logger.info(String.format("Loading %,d cities into index '%s'", total, this.index.name()));
		IngestProgress progress = new IngestProgress(total);
		try (BulkIngester<String> ingester = BulkIngester.of((b) -> b.client(this.client)
			.maxOperations(MAX_OPERATIONS)
			.maxConcurrentRequests(MAX_CONCURRENT_REQUESTS)
			.flushInterval(FLUSH_INTERVAL.toMillis(), TimeUnit.MILLISECONDS)
			.listener(progress))) {
			file.forEach((city) -> {
				String id = CityIds.of(city);
				ingester.add((op) -> op.index((i) -> i.index(this.index.name()).id(id).document(city)), id);
			});
		} // close() flushes and waits for the requests in flight
		LoadSummary summary = progress.summary();
		if (summary.failed() == 0) {
			logger.info("Loaded " + summary);
		}
		else {
			logger.error("Loaded " + summary + "; first failures: " + summary.firstFailures());
		}
		return summary;
	}

}
