package io.github.elasticstarter.benchmarks;

import java.io.IOException;
import java.lang.management.ManagementFactory;
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
 * in one JVM and run blocks of requests on the same node in balanced pairs, hand-built, starter,
 * starter, hand-built, so that a drift in machine load during a pair weighs on both sides alike
 * and neither client always runs first. Each pair gives one ratio, the starter's throughput over
 * the hand-built client's over the pair; the median of those ratios is the figure. JMH
 * ({@link RequestOverheadBenchmark}) gives the absolute throughputs.
 * <p>
 * Arguments: the number of pairs, the requests per block, and the candidate: {@code starter}
 * (the default), or {@code hand-built} to compare the hand-built client with a second,
 * identical one, which measures what the method itself reads into two equal clients.
 */
public final class OverheadComparison {

	private static final int WARM_UP_PAIRS = 5;

	private OverheadComparison() {
	}

	public static void main(String[] args) throws Exception {
		int pairs = (args.length > 0) ? Integer.parseInt(args[0]) : 40;
		int requestsPerBlock = (args.length > 1) ? Integer.parseInt(args[1]) : 1000;
		boolean control = args.length > 2 && "hand-built".equals(args[2]);
		LocalElasticsearch node = LocalElasticsearch.http();
		ElasticsearchClient handBuilt = Clients.handBuilt(node);
		try (ConfigurableApplicationContext context = Clients.starter(node)) {
			ElasticsearchClient candidate = control ? Clients.handBuilt(node)
					: context.getBean(ElasticsearchClient.class);
			String candidateName = control ? "hand-built #2" : "starter";
			candidate.index((i) -> i.index(RequestOverheadBenchmark.INDEX)
				.id("1")
				.document(Map.of("name", "Zurich", "country", "CH"))
				.refresh(Refresh.True));
			for (Operation operation : Operation.values()) {
				Block baseline = new Block(operation, handBuilt, requestsPerBlock);
				Block measured = new Block(operation, candidate, requestsPerBlock);
				for (int pair = 0; pair < WARM_UP_PAIRS; pair++) {
					runPair(baseline, measured);
				}
				baseline.reset();
				measured.reset();
				List<Double> ratios = new ArrayList<>();
				for (int pair = 0; pair < pairs; pair++) {
					ratios.add(runPair(baseline, measured));
				}
				String name = operation.name;
				System.out.printf(Locale.ROOT, "RESULT overhead %-11s %-13s %s, %s%n", name, "hand-built",
						Stats.of(baseline.rates).format("req/s"), baseline.allocation());
				System.out.printf(Locale.ROOT, "RESULT overhead %-11s %-13s %s, %s%n", name, candidateName,
						Stats.of(measured.rates).format("req/s"), measured.allocation());
				Stats ratio = Stats.of(ratios);
				System.out.printf(Locale.ROOT,
						"RESULT overhead %-11s %s/hand-built, balanced pairs: median %.3f (p25 %.3f, p75 %.3f, "
								+ "min %.3f, max %.3f, n=%d pairs of %d requests)%n",
						name, candidateName, ratio.median(), ratio.p25(), ratio.p75(), ratio.min(), ratio.max(),
						ratio.count(), requestsPerBlock);
			}
			if (control) {
				candidate.close();
			}
		}
		handBuilt.close();
		node.stop();
	}

	/**
	 * One balanced pair: baseline, measured, measured, baseline.
	 * @return the measured client's throughput over the baseline's, over the pair
	 */
	private static double runPair(Block baseline, Block measured) throws IOException {
		long baselineNanos = baseline.run();
		long measuredNanos = measured.run() + measured.run();
		baselineNanos += baseline.run();
		return (double) baselineNanos / measuredNanos;
	}

	private enum Operation {

		GET_BY_ID("getById"), SMALL_SEARCH("smallSearch");

		private final String name;

		Operation(String name) {
			this.name = name;
		}

		void perform(ElasticsearchClient client) throws IOException {
			if (this == GET_BY_ID) {
				client.get((g) -> g.index(RequestOverheadBenchmark.INDEX).id("1"), Map.class);
			}
			else {
				client.search((s) -> s.index(RequestOverheadBenchmark.INDEX)
					.size(1)
					.query((q) -> q.term((t) -> t.field("country.keyword").value("CH"))), Map.class);
			}
		}

	}

	/**
	 * Blocks of one operation on one client: their throughputs, and the bytes all threads
	 * allocated per request (the client's I/O threads included), as a noise-free measure of the
	 * work a request makes in this JVM.
	 */
	private static final class Block {

		private static final com.sun.management.ThreadMXBean THREADS = (com.sun.management.ThreadMXBean) ManagementFactory
			.getThreadMXBean();

		private final Operation operation;

		private final ElasticsearchClient client;

		private final int requests;

		private final List<Double> rates = new ArrayList<>();

		private final List<Double> bytesPerRequest = new ArrayList<>();

		Block(Operation operation, ElasticsearchClient client, int requests) {
			this.operation = operation;
			this.client = client;
			this.requests = requests;
		}

		long run() throws IOException {
			long allocatedBefore = allocatedBytes();
			long started = System.nanoTime();
			for (int i = 0; i < this.requests; i++) {
				this.operation.perform(this.client);
			}
			long nanos = System.nanoTime() - started;
			this.bytesPerRequest.add((double) (allocatedBytes() - allocatedBefore) / this.requests);
			this.rates.add(this.requests / (nanos / 1e9));
			return nanos;
		}

		void reset() {
			this.rates.clear();
			this.bytesPerRequest.clear();
		}

		String allocation() {
			return String.format(Locale.ROOT, "allocated median %.0f bytes/request", Stats.of(this.bytesPerRequest).median());
		}

		private static long allocatedBytes() {
			long total = 0;
			for (long allocated : THREADS.getThreadAllocatedBytes(THREADS.getAllThreadIds())) {
				total += Math.max(allocated, 0);
			}
			return total;
		}

	}

}
