package io.github.elasticstarter.faults;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import io.github.elasticstarter.autoconfigure.bulk.ElasticBulkAutoConfiguration;
import io.github.elasticstarter.bulk.BulkLoad;
import io.github.elasticstarter.bulk.BulkOptions;
import io.github.elasticstarter.bulk.BulkResult;
import io.github.elasticstarter.bulk.ElasticBulk;
import io.github.elasticstarter.bulk.FailedItem;
import io.github.elasticstarter.faults.Cities.City;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.search.Search;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One bulk load of cities through the starter's {@link ElasticBulk} in a fault test: collects
 * its dead letters, shows its progress through its meters while it runs, and checks afterwards
 * that every operation is accounted for and that every acknowledged document is in the index.
 * Cities have ids, so a document written twice stays one document.
 */
final class BulkProof {

	private final String name;

	private final String index;

	private final List<City> cities;

	private final MeterRegistry meters = new SimpleMeterRegistry();

	private final List<FailedItem> deadLetters = new CopyOnWriteArrayList<>();

	BulkProof(String name, String index, List<City> cities) {
		this.name = name;
		this.index = index;
		this.cities = cities;
	}

	/** The runner with {@link ElasticBulk} and the meter registry this proof reads. */
	ApplicationContextRunner withBulk(ApplicationContextRunner runner) {
		return runner.withConfiguration(AutoConfigurations.of(ElasticBulkAutoConfiguration.class))
			.withBean(MeterRegistry.class, () -> this.meters);
	}

	/** Opens the load with the overrides and this proof's dead-letter hook. */
	BulkLoad open(ElasticBulk bulk, Consumer<BulkOptions> overrides) {
		return bulk.open(this.name, overrides.andThen((options) -> options.onFailure(this.deadLetters::add)));
	}

	/** Adds the cities from {@code from} (inclusive) to {@code to} (exclusive). */
	void add(BulkLoad load, int from, int to) {
		for (City city : this.cities.subList(from, to)) {
			load.add(this.index, city.id(), city.document());
		}
	}

	/** Documents acknowledged so far, while the load runs. */
	double acknowledgedSoFar() {
		return counted(this.meters.find("elastic.bulk.documents").tag("load", this.name).tag("outcome", "succeeded"));
	}

	/** Retries so far, while the load runs. */
	double retriesSoFar() {
		return counted(this.meters.find("elastic.bulk.retries").tag("load", this.name));
	}

	private static double counted(Search search) {
		return (search.counter() != null) ? search.counter().count() : 0;
	}

	List<FailedItem> deadLetters() {
		return this.deadLetters;
	}

	/**
	 * Every operation counted once, as succeeded or failed, and each failed one in the
	 * dead-letter hook.
	 */
	void assertAccountedFor(BulkResult result) {
		assertThat(result.succeeded() + result.failed()).as("succeeded + failed").isEqualTo(this.cities.size());
		assertThat(this.deadLetters).as("dead letters").hasSize((int) result.failed());
		assertThat(this.deadLetters).extracting(FailedItem::id).as("dead letters have distinct ids").doesNotHaveDuplicates();
	}

	/**
	 * Every document the load acknowledged is in the index (after a refresh), and the index has
	 * no document the load did not carry.
	 * @return the documents in the index
	 */
	long assertNothingAcknowledgedLost(ElasticsearchClient client, BulkResult result) throws IOException {
		Set<String> failed = this.deadLetters.stream().map(FailedItem::id).collect(Collectors.toSet());
		List<String> acknowledged = this.cities.stream().map(City::id).filter((id) -> !failed.contains(id)).toList();
		assertThat(acknowledged).as("acknowledged ids").hasSize((int) result.succeeded());
		client.indices().refresh((refresh) -> refresh.index(this.index));
		assertThat(countIds(client, this.index, acknowledged)).as("acknowledged documents found by an ids query")
			.isEqualTo(acknowledged.size());
		long count = client.count((c) -> c.index(this.index)).count();
		assertThat(count).as("documents in the index (ids: a document written twice is still one)")
			.isBetween((long) acknowledged.size(), (long) this.cities.size());
		return count;
	}

	/** How many of the ids the index has (refreshed). */
	static long countIds(ElasticsearchClient client, String index, List<String> ids) throws IOException {
		long found = 0;
		for (int from = 0; from < ids.size(); from += 5_000) {
			List<String> batch = ids.subList(from, Math.min(ids.size(), from + 5_000));
			Query byIds = Query.of((query) -> query.ids((values) -> values.values(batch)));
			found += client.count((c) -> c.index(index).query(byIds)).count();
		}
		return found;
	}

}
