package io.github.elasticstarter.sample;

import java.io.IOException;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Creates and fills the cities index at start-up when it is missing (or its last load did not
 * finish). Application runners run
 * before the application reports ready (readiness {@code ACCEPTING_TRAFFIC}), so
 * {@code /actuator/health} says {@code OUT_OF_SERVICE} until the data is in.
 * <p>
 * When Elasticsearch cannot be reached, start-up goes on: the failure is logged as an error,
 * every request answers 503 with the reason, and the {@code elastic} health component is
 * {@code DOWN}. A search service whose store is briefly away should report that, not
 * crash-loop; restart it once Elasticsearch is back to load the data. Anything else (the node
 * rejecting the mapping, say) is a bug and stops start-up.
 */
@Component
class CityDataInitializer implements ApplicationRunner {

	private static final Log logger = LogFactory.getLog(CityDataInitializer.class);

	private final CityIndex index;

	private final CityLoader loader;

	private final SampleProperties properties;

	CityDataInitializer(CityIndex index, CityLoader loader, SampleProperties properties) {
		this.index = index;
		this.loader = loader;
		this.properties = properties;
	}

	@Override
	public void run(ApplicationArguments args) throws IOException {
		if (!this.properties.data().loadOnStart()) {
			return;
		}
		try {
			if (!this.index.exists()) {
				this.index.create();
			}
			else if (this.index.isLoadComplete()) {
				logger.info(String.format("Index '%s' exists with %,d cities: not loading", this.index.name(),
						this.index.count()));
				return;
			}
			else {
				logger.warn("Index '" + this.index.name() + "' exists but its last load did not finish: loading "
						+ "again (document ids derive from the cities, so nothing is duplicated)");
			}
			this.loader.load();
			this.index.loaded();
		}
		catch (IOException ex) {
			// The client's transport failures are IOExceptions (connection refused, timeouts, TLS).
			logger.error("Could not load the cities into index '" + this.index.name()
					+ "': Elasticsearch is unreachable (" + ElasticsearchFailures.reason(ex) + "). The application "
					+ "starts anyway and answers 503 until Elasticsearch is reachable; restart it then to load the data.");
		}
	}

}
