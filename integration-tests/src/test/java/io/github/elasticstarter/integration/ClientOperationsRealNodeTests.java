package io.github.elasticstarter.integration;

import java.util.List;
import java.util.Map;

import co.elastic.clients.elasticsearch.ElasticsearchAsyncClient;
import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.GetResponse;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The starter's clients do real work on the real node: CRUD, bulk, search, the async client,
 * with compatibility headers on and off.
 */
@Tag("smoke")
class ClientOperationsRealNodeTests {

	record City(String name, String country, int population) {
	}

	@Test
	void createReadUpdateDelete() {
		String index = RealNode.uniqueIndex("crud");
		RealNode.http().run((context) -> {
			ElasticsearchClient client = context.getBean(ElasticsearchClient.class);
			client.index((i) -> i.index(index).id("zrh").document(new City("Zurich", "CH", 421878)));
			assertThat(client.get((g) -> g.index(index).id("zrh"), City.class).source())
				.isEqualTo(new City("Zurich", "CH", 421878));
			client.update((u) -> u.index(index).id("zrh").doc(Map.of("population", 423193)), City.class);
			assertThat(client.get((g) -> g.index(index).id("zrh"), City.class).source().population()).isEqualTo(423193);
			client.delete((d) -> d.index(index).id("zrh"));
			assertThat(client.get((g) -> g.index(index).id("zrh"), City.class).found()).isFalse();
		});
	}

	@Test
	void bulkThenSearch() {
		String index = RealNode.uniqueIndex("bulk");
		List<City> cities = List.of(new City("Geneva", "CH", 203856), new City("Lyon", "FR", 522250),
				new City("Geneva", "US", 12949));
		RealNode.http().run((context) -> {
			ElasticsearchClient client = context.getBean(ElasticsearchClient.class);
			BulkResponse bulk = client.bulk((b) -> {
				cities.forEach((city) -> b.operations((op) -> op.index((i) -> i.index(index).document(city))));
				return b.refresh(Refresh.True);
			});
			assertThat(bulk.errors()).isFalse();
			assertThat(bulk.items()).hasSize(3);
			List<City> found = client
				.search((s) -> s.index(index).query((q) -> q.match((m) -> m.field("name").query("geneva"))), City.class)
				.hits()
				.hits()
				.stream()
				.map((hit) -> hit.source())
				.toList();
			assertThat(found).extracting(City::country).containsExactlyInAnyOrder("CH", "US");
		});
	}

	@Test
	void asyncClientSharesTheConnection() {
		String index = RealNode.uniqueIndex("async");
		RealNode.http().run((context) -> {
			ElasticsearchAsyncClient async = context.getBean(ElasticsearchAsyncClient.class);
			GetResponse<City> response = async
				.index((i) -> i.index(index).id("1").document(new City("Bern", "CH", 134794)).refresh(Refresh.True))
				.thenCompose((indexed) -> async.get((g) -> g.index(index).id("1"), City.class))
				.get(30, java.util.concurrent.TimeUnit.SECONDS);
			assertThat(response.source().name()).isEqualTo("Bern");
		});
	}

	@ParameterizedTest(name = "compatibility-mode={0}")
	@ValueSource(booleans = { true, false })
	void nodeAcceptsCompatibilityHeadersOnAndOff(boolean compatibilityMode) {
		String index = RealNode.uniqueIndex("compat");
		RealNode.http().withPropertyValues("elastic.compatibility-mode=" + compatibilityMode).run((context) -> {
			ElasticsearchClient client = context.getBean(ElasticsearchClient.class);
			client.index((i) -> i.index(index).id("1").document(new City("Basel", "CH", 177654)).refresh(Refresh.True));
			assertThat(client.count((c) -> c.index(index)).count()).isEqualTo(1);
		});
	}

}
