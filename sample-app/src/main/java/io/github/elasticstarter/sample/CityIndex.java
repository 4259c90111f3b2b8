package io.github.elasticstarter.sample;

import java.io.IOException;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.mapping.DynamicMapping;
import co.elastic.clients.json.JsonData;

import org.springframework.stereotype.Component;

/**
 * The cities index: its name, its mapping, and the index-level calls the loader needs.
 * <p>
 * The mapping uses only core field types, because the local node's distribution lacks the
 * {@code mapper-extras} and {@code analysis-common} modules: {@code text} with the
 * {@code standard} analyzer plus a {@code keyword} sub-field for the names, {@code keyword}
 * for the codes and {@code geo_point} for the location. It is explicit so that a typo in a
 * document cannot silently add a field.
 */
@Component
public class CityIndex {

	private final ElasticsearchClient client;

	private final String name;

	CityIndex(ElasticsearchClient client, SampleProperties properties) {
		this.client = client;
		this.name = properties.index();
	}

	public String name() {
		return this.name;
	}

	private static final String LOAD_COMPLETE = "loadComplete";

	boolean exists() throws IOException {
		return this.client.indices().exists((e) -> e.index(this.name)).value();
	}

	/**
	 * Creates the index with one shard and no replica (one node: green, not yellow), and
	 * without periodic refreshes until {@link #loaded()}: refreshing during a bulk load costs
	 * throughput and serves nobody.
	 */
	void create() throws IOException {
		this.client.indices()
			.create((c) -> c.index(this.name)
				.settings((s) -> s.numberOfShards("1").numberOfReplicas("0").refreshInterval((t) -> t.time("-1")))
				.mappings((m) -> m.dynamic(DynamicMapping.Strict)
					.properties("name", (p) -> p.text((t) -> t.analyzer("standard")
						.fields("keyword", (f) -> f.keyword((k) -> k.ignoreAbove(256)))))
					.properties("asciiName", (p) -> p.text((t) -> t.analyzer("standard")))
					.properties("country", (p) -> p.keyword((k) -> k))
					.properties("admin1", (p) -> p.keyword((k) -> k))
					.properties("location", (p) -> p.geoPoint((g) -> g))));
	}

	/** Turns periodic refreshes back on (the default, every second) and makes the load searchable now. */
	void loaded() throws IOException {
		this.client.indices().putSettings((p) -> p.index(this.name).settings((s) -> s.refreshInterval((t) -> t.time("1s"))));
		this.client.indices().refresh((r) -> r.index(this.name));
		this.client.indices().putMapping((m) -> m.index(this.name).meta(LOAD_COMPLETE, JsonData.of(true)));
	}

	/**
	 * Whether a load into the index ran to its end (a load cut short, by a stopped application
	 * say, leaves an index without this mark).
	 */
	boolean isLoadComplete() throws IOException {
		return this.client.indices()
			.getMapping((m) -> m.index(this.name))
			.mappings()
			.values()
			.stream()
			.anyMatch((index) -> index.mappings().meta().containsKey(LOAD_COMPLETE));
	}

	public long count() throws IOException {
		return this.client.count((c) -> c.index(this.name)).count();
	}

}
