package io.github.elasticstarter.sample;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import io.github.elasticstarter.bulk.BulkLoad;
import io.github.elasticstarter.bulk.BulkResult;
import io.github.elasticstarter.bulk.ElasticBulk;
import io.github.elasticstarter.bulk.FailedItem;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.stereotype.Component;

/**
 * Loads the bundled cities into the index with the starter's {@link ElasticBulk}, in one load
 * with the {@code elastic.bulk.*} settings. Ids derive from the cities ({@link CityIds}), so
 * loading again overwrites instead of duplicating, and a request that failed without an answer
 * can safely be sent again.
 */
@Component
public class CityLoader {

	private static final Log logger = LogFactory.getLog(CityLoader.class);

	/** Dead letters logged one by one; beyond these, the summary counts them. */
	private static final int FAILURES_LOGGED = 10;

	private final ElasticBulk bulk;

	private final CityIndex index;

	private final SampleProperties properties;

	CityLoader(ElasticBulk bulk, CityIndex index, SampleProperties properties) {
		this.bulk = bulk;
		this.index = index;
		this.properties = properties;
	}

	/**
	 * Indexes the cities (all of them, or the first {@code sample.data.limit}) into an existing
	 * index and waits until every document has been stored or has failed.
	 * @return the counts; failures are in it, not thrown
	 */
	public LoadSummary load() {
		CitiesFile file = new CitiesFile(CitiesFile.BUNDLED, this.properties.data().limit());
		long total = file.count();
		logger.info(String.format("Loading %,d cities into index '%s'", total, this.index.name()));
		List<String> firstFailures = Collections.synchronizedList(new ArrayList<>());
		BulkResult result;
		try (BulkLoad load = this.bulk.open(this.index.name(),
				(options) -> options.expectedTotal(total).onFailure((failed) -> deadLetter(failed, firstFailures)))) {
			file.forEach((city) -> load.add(this.index.name(), CityIds.of(city), city));
			result = load.finish();
		}
		LoadSummary summary = new LoadSummary(total, result.succeeded(), result.failed(),
				result.duration().toNanos() / 1e9, result.documentsPerSecond(), List.copyOf(firstFailures));
		if (summary.failed() == 0) {
			logger.info("Loaded " + summary);
		}
		else {
			logger.error("Loaded " + summary + "; first failures: " + summary.firstFailures());
		}
		return summary;
	}

	private static void deadLetter(FailedItem failed, List<String> firstFailures) {
		// the item's toString leaves the document out
		if (firstFailures.size() < FAILURES_LOGGED) {
			firstFailures.add(failed.id() + ": " + failed.reason());
			logger.warn("Not loaded: " + failed);
		}
	}

}
