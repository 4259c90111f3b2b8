package io.github.elasticstarter.benchmarks;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.Refresh;
import io.github.elasticstarter.localnode.LocalElasticsearch;

import org.springframework.context.ConfigurableApplicationContext;

/**
 * The per-request overhead again, measured so that machine noise cancels out: both clients live
 * in one JVM and run alternating blocks of requests on the same node, and each starter block is
 * compared with the hand-built block just before it. The median of those paired ratios is the
 * figure; JMH ({@link RequestOverheadBenchmark}) gives the absolute throughputs.
 */
public final class OverheadComparison {

	private OverheadComparison() {
	}

	public static void main(String[] args) throws Exception {
		int blocks = (args.length > 0) ? Integer.parseInt(args[0]) : 30;
		int requestsPerBlock = (args.length > 1) ? Integer.parseInt(args[1]) : 1000;
		LocalElasticsearch node = LocalElasticsearch.http();
		ElasticsearchClient handBuilt = Clients.handBuilt(node);
		try (ConfigurableApplicationContext context = Clients.starter(node)) {
			ElasticsearchClient starter = context.getBean(ElasticsearchClient.class);
			starter.index((i) -> i.index(RequestOverheadBenchmark.INDEX)
				.id("1")
				.document(Map.of("name", "Zurich", "country", "CH"))
				.refresh(Refresh.True));
			for (String operation : List.of("getById", "smallSearch")) {
				run(operation, handBuilt, requestsPerBlock);
				run(operation, starter, requestsPerBlock);
				List<Double> ratios = new ArrayList<>();
				List<Double> starterRates = new ArrayList<>();
				List<Double> handBuiltRates = new ArrayList<>();
				for (int block = 0; block < blocks; block++) {
					double handBuiltRate = run(operation, handBuilt, requestsPerBlock);
					double starterRate = run(operation, starter, requestsPerBlock);
					handBuiltRates.add(handBuiltRate);
					starterRates.add(starterRate);
					ratios.add(starterRate / handBuiltRate);
				}
				System.out.printf(Locale.ROOT, "RESULT overhead %-11s hand-built %s%n", operation,
						Stats.of(handBuiltRates).format("req/s"));
				System.out.printf(Locale.ROOT, "RESULT overhead %-11s starter    %s%n", operation,
						Stats.of(starterRates).format("req/s"));
				System.out.printf(Locale.ROOT, "RESULT overhead %-11s starter/hand-built paired ratio %s%n",
						operation, formatRatio(Stats.of(ratios)));
			}
		}
		handBuilt.close();
		node.stop();
	}

	private static String formatRatio(Stats ratio) {
		return String.format(Locale.ROOT, "median %.3f (p25 %.3f, p75 %.3f, n=%d)", ratio.median(), ratio.p25(),
				ratio.p75(), ratio.count());
	}

	private static double run(String operation, ElasticsearchClient client, int requests) throws IOException {
		long started = System.nanoTime();
		for (int i = 0; i < requests; i++) {
			if ("getById".equals(operation)) {
				client.get((g) -> g.index(RequestOverheadBenchmark.INDEX).id("1"), Map.class);
			}
			else {
				client.search((s) -> s.index(RequestOverheadBenchmark.INDEX)
					.size(1)
					.query((q) -> q.term((t) -> t.field("country.keyword").value("CH"))), Map.class);
			}
		}
		return requests / ((System.nanoTime() - started) / 1e9);
	}

}
