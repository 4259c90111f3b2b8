package io.github.elasticstarter.benchmarks;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.Refresh;
import io.github.elasticstarter.localnode.LocalElasticsearch;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import org.springframework.context.ConfigurableApplicationContext;

/**
 * Per-request cost of the starter-built client against a hand-built {@code Rest5Client} and
 * {@code ElasticsearchClient} with the same settings, on the same node, single thread: a get by
 * id and a small search.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 2)
public class RequestOverheadBenchmark {

	static final String INDEX = "benchmark-overhead";

	@Param({ "hand-built", "starter" })
	public String client;

	private ElasticsearchClient elasticsearch;

	private ConfigurableApplicationContext context;

	@Setup(Level.Trial)
	public void start() throws IOException {
		LocalElasticsearch node = LocalElasticsearch.http();
		if ("starter".equals(this.client)) {
			this.context = Clients.starter(node);
			this.elasticsearch = this.context.getBean(ElasticsearchClient.class);
		}
		else {
			this.elasticsearch = Clients.handBuilt(node);
		}
		this.elasticsearch.index((i) -> i.index(INDEX)
			.id("1")
			.document(Map.of("name", "Zurich", "country", "CH"))
			.refresh(Refresh.True));
	}

	@TearDown(Level.Trial)
	public void stop() throws IOException {
		if (this.context != null) {
			this.context.close();
		}
		else {
			this.elasticsearch.close();
		}
	}

	@Benchmark
	public Object getById() throws IOException {
		return this.elasticsearch.get((g) -> g.index(INDEX).id("1"), Map.class).source();
	}

	@Benchmark
	public Object smallSearch() throws IOException {
		return this.elasticsearch
			.search((s) -> s.index(INDEX).size(1).query((q) -> q.term((t) -> t.field("country.keyword").value("CH"))),
					Map.class)
			.hits()
			.total();
	}

}
