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
 * in one JVM and send requests to the same node interleaved in balanced order, one request
 * each: hand-built, starter, starter, hand-built, and again. A change in machine load then
 * weighs on both clients alike, and neither always goes first. A round of such quadruples gives
 * one ratio, the starter's throughput over the hand-built client's (their time spent in
 * requests, inverted); the median of the rounds' ratios is the figure. JMH
 * ({@link RequestOverheadBenchmark}) gives the absolute throughputs.
 * <p>
 * Before the rounds, each client runs blocks of requests on its own (also in balanced order)
 * to count the bytes allocated and the CPU time used per request by all threads, its I/O
 * threads included: measures of the work a request makes in this JVM that machine load blurs
 * less than it blurs throughput.
 * <p>
 * Arguments: the number of rounds, the requests per client in a round (even), and the
 * candidate: {@code starter} (the default), or {@code hand-built} to compare the hand-built
 * client with a second, identical one, which shows what the method reads into two equal
 * clients.
 */
public final class OverheadComparison {

	private static final int WARM_UP_ROUNDS = 3;

	private static final int WORK_PAIRS = 2;

	private OverheadComparison() {
	}

	public static void main(String[] args) throws Exception {
		int rounds = (args.length > 0) ? Integer.parseInt(args[0]) : 40;
		int requestsPerRound = (args.length > 1) ? Integer.parseInt(args[1]) : 1000;
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
				Requests baseline = new Requests(operation, handBuilt);
				Requests measured = new Requests(operation, candidate);
				for (int pair = 0; pair < WORK_PAIRS; pair++) {
					baseline.measureWork(requestsPerRound);
					measured.measureWork(requestsPerRound);
					measured.measureWork(requestsPerRound);
					baseline.measureWork(requestsPerRound);
				}
				for (int round = 0; round < WARM_UP_ROUNDS; round++) {
					runRound(baseline, measured, requestsPerRound);
				}
				baseline.rates.clear();
				measured.rates.clear();
				List<Double> ratios = new ArrayList<>();
				for (int round = 0; round < rounds; round++) {
					ratios.add(runRound(baseline, measured, requestsPerRound));
				}
				String name = operation.name;
				System.out.printf(Locale.ROOT, "RESULT overhead %-11s %-13s %s, %s%n", name, "hand-built",
						Stats.of(baseline.rates).format("req/s"), baseline.work());
				System.out.printf(Locale.ROOT, "RESULT overhead %-11s %-13s %s, %s%n", name, candidateName,
						Stats.of(measured.rates).format("req/s"), measured.work());
				Stats ratio = Stats.of(ratios);
				System.out.printf(Locale.ROOT,
						"RESULT overhead %-11s %s/hand-built, balanced: median %.3f (p25 %.3f, p75 %.3f, "
								+ "min %.3f, max %.3f, n=%d rounds of %d requests per client)%n",
						name, candidateName, ratio.median(), ratio.p25(), ratio.p75(), ratio.min(), ratio.max(),
						ratio.count(), requestsPerRound);
			}
			if (control) {
				candidate.close();
			}
		}
		handBuilt.close();
		node.stop();
	}

	/**
	 * One round: quadruples of requests in balanced order, baseline, measured, measured,
	 * baseline.
	 * @return the measured client's throughput over the baseline's, over the round
	 */
	private static double runRound(Requests baseline, Requests measured, int requests) throws IOException {
		long baselineNanos = 0;
		long measuredNanos = 0;
		for (int i = 0; i < requests / 2; i++) {
			baselineNanos += baseline.timeOne();
			measuredNanos += measured.timeOne();
			measuredNanos += measured.timeOne();
			baselineNanos += baseline.timeOne();
		}
		baseline.rates.add(requests / (baselineNanos / 1e9));
		measured.rates.add(requests / (measuredNanos / 1e9));
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
	 * The requests of one operation on one client: their throughputs per round, and the bytes
	 * allocated per request.
	 */
	private static final class Requests {

		private static final com.sun.management.ThreadMXBean THREADS = (com.sun.management.ThreadMXBean) ManagementFactory
			.getThreadMXBean();

		private final Operation operation;

		private final ElasticsearchClient client;

		private final List<Double> rates = new ArrayList<>();

		private final List<Double> bytesPerRequest = new ArrayList<>();

		private final List<Double> cpuMicrosPerRequest = new ArrayList<>();

		Requests(Operation operation, ElasticsearchClient client) {
			this.operation = operation;
			this.client = client;
		}

		long timeOne() throws IOException {
			long started = System.nanoTime();
			this.operation.perform(this.client);
			return System.nanoTime() - started;
		}

		/**
		 * A block of requests on this client alone, counting what all threads allocate and the
		 * CPU time they use.
		 */
		void measureWork(int requests) throws IOException {
			long allocatedBefore = sum(THREADS.getThreadAllocatedBytes(THREADS.getAllThreadIds()));
			long cpuBefore = sum(THREADS.getThreadCpuTime(THREADS.getAllThreadIds()));
			for (int i = 0; i < requests; i++) {
				this.operation.perform(this.client);
			}
			long cpuNanos = sum(THREADS.getThreadCpuTime(THREADS.getAllThreadIds())) - cpuBefore;
			long allocated = sum(THREADS.getThreadAllocatedBytes(THREADS.getAllThreadIds())) - allocatedBefore;
			this.bytesPerRequest.add((double) allocated / requests);
			this.cpuMicrosPerRequest.add(cpuNanos / 1e3 / requests);
		}

		String work() {
			return String.format(Locale.ROOT, "allocated %.0f bytes/request, CPU %.1f us/request (median of %d blocks)",
					Stats.of(this.bytesPerRequest).median(), Stats.of(this.cpuMicrosPerRequest).median(),
					this.bytesPerRequest.size());
		}

		private static long sum(long[] perThread) {
			long total = 0;
			for (long value : perThread) {
				total += Math.max(value, 0);
			}
			return total;
		}

	}

}
