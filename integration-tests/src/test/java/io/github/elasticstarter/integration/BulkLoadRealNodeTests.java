package io.github.elasticstarter.integration;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import io.github.elasticstarter.autoconfigure.bulk.ElasticBulkAutoConfiguration;
import io.github.elasticstarter.bulk.BulkLoad;
import io.github.elasticstarter.bulk.BulkResult;
import io.github.elasticstarter.bulk.ElasticBulk;
import io.github.elasticstarter.bulk.FailedItem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import org.springframework.boot.autoconfigure.AutoConfigurations;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bulk loads of the starter on the real node: what they load is there, and what the node
 * refuses reaches the dead-letter hook.
 */
@Timeout(120)
class BulkLoadRealNodeTests {

	record City(String name, int population) {
	}

	private final List<FailedItem> deadLetters = new CopyOnWriteArrayList<>();

	@Test
	void everyDocumentOfALoadIsIndexed() {
		String index = RealNode.uniqueIndex("bulk-load");
		BulkResult result = load(index, (load) -> {
			for (int i = 0; i < 2500; i++) {
				load.add(index, (i % 2 == 0) ? "city-" + i : null, new City("city " + i, i));
			}
		}, (client) -> assertThat(client.count((c) -> c.index(index)).count()).isEqualTo(2500));
		assertThat(result).extracting(BulkResult::succeeded, BulkResult::failed).containsExactly(2500L, 0L);
	}

	@Test
	void documentTheNodeRefusesReachesTheDeadLetterHook() {
		String index = RealNode.uniqueIndex("bulk-refused");
		BulkResult result = load(index, (load) -> {
			load.add(index, "paris", new City("Paris", 2100000));
			load.add(index, "bad", Map.of("name", "Nowhere", "population", "not a number"));
		}, (client) -> assertThat(client.count((c) -> c.index(index)).count()).isOne());
		assertThat(result.failed()).isOne();
		assertThat(this.deadLetters).singleElement().satisfies((failed) -> {
			assertThat(failed.id()).isEqualTo("bad");
			assertThat(failed.status()).isEqualTo(400);
			assertThat(failed.reason()).contains("population");
		});
	}

	@Test
	void updatesAndDeletesApplyAcrossIndicesInOneRequest() {
		String cities = RealNode.uniqueIndex("bulk-cities");
		String other = RealNode.uniqueIndex("bulk-other");
		load(cities, (load) -> {
			load.add(cities, "lyon", new City("Lyon", 1));
			load.add(other, "gone", new City("Gone", 1));
			load.flush();
			load.update(cities, "lyon", Map.of("population", 522250));
			load.delete(other, "gone");
		}, (client) -> {
			assertThat(client.get((g) -> g.index(cities).id("lyon"), City.class).source())
				.isEqualTo(new City("Lyon", 522250));
			assertThat(client.get((g) -> g.index(other).id("gone"), City.class).found()).isFalse();
		});
		assertThat(this.deadLetters).isEmpty();
	}

	private BulkResult load(String index, Consumer<BulkLoad> adds, NodeCheck check) {
		BulkResult[] result = new BulkResult[1];
		RealNode.http()
			.withConfiguration(AutoConfigurations.of(ElasticBulkAutoConfiguration.class))
			.run((context) -> {
				ElasticsearchClient client = context.getBean(ElasticsearchClient.class);
				client.indices()
					.create((c) -> c.index(index)
						.mappings((m) -> m.properties("population", (p) -> p.integer((i) -> i))));
				try (BulkLoad load = context.getBean(ElasticBulk.class)
					.open("real-node", (options) -> options.maxWait(Duration.ofSeconds(60))
						.onFailure(this.deadLetters::add))) {
					adds.accept(load);
					result[0] = load.finish();
				}
				client.indices().refresh((r) -> r.index("_all"));
				check.accept(client);
			});
		return result[0];
	}

	@FunctionalInterface
	interface NodeCheck {

		void accept(ElasticsearchClient client) throws IOException;

	}

}
