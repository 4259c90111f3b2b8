package io.github.elasticstarter.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import io.github.elasticstarter.autoconfigure.ElasticAutoConfiguration;
import io.github.elasticstarter.autoconfigure.bulk.ElasticBulkAutoConfiguration;
import io.github.elasticstarter.bulk.BulkOptions;
import io.github.elasticstarter.bulk.ElasticBulk;
import io.github.elasticstarter.http.ElasticClientBuilderCustomizer;
import io.github.elasticstarter.localnode.LocalElasticsearch;
import io.github.elasticstarter.localnode.spring.LoopbackHostNames;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.util.unit.DataSize;

/**
 * Bulk-loads the sample's cities into the local HTTPS node through a Cloud ID that names the
 * counting proxy, with (1) the Node.js client's {@code helpers.bulk}, (2) the Java client's
 * {@code BulkIngester} and (3) the starter's {@code ElasticBulk}, each with its defaults, and
 * (4) curl sending pre-built bodies at the starter's concurrency: docs/s and request bytes, in
 * balanced order (A B C D, D C B A, ...) after a warm-up round, with per-round ratios.
 * <p>
 * {@code sweep} mode loads with {@code ElasticBulk} only, under a few settings, to choose its
 * defaults. Arguments: {@code compare|sweep <cities.tsv.gz> <rounds> <node_modules dir> [limit]}.
 */
public final class BulkComparison {

	private static final String INDEX = "bulk-benchmark";

	private static final String LOOPBACK_HOST = "bench.localhost";

	private BulkComparison() {
	}

	@ImportAutoConfiguration({ ElasticAutoConfiguration.class, ElasticBulkAutoConfiguration.class })
	static class BulkApplication {

		@Bean
		ElasticClientBuilderCustomizer loopbackDns() {
			return LoopbackHostNames.customizer(LOOPBACK_HOST);
		}

	}

	public static void main(String[] args) throws Exception {
		String mode = args[0];
		Path cities = Path.of(args[1]);
		int rounds = Integer.parseInt(args[2]);
		Path nodeModules = Path.of(args[3]);
		int limit = (args.length > 4) ? Integer.parseInt(args[4]) : 0;
		Path work = Path.of("benchmarks/target/bulk");
		Files.createDirectories(work);
		BulkDocuments documents = BulkDocuments.load(cities, limit);
		// a loaded machine can take more than the default 2 minutes to start a node
		LocalElasticsearch node = LocalElasticsearch.builder().https(true).startupTimeout(Duration.ofMinutes(6)).start();
		try (CountingProxy proxy = new CountingProxy(node.port())) {
			ProcessBulkContenders.Endpoint endpoint = endpoint(node, proxy.port());
			try (ConfigurableApplicationContext context = starter(endpoint, node);
					ConfigurableApplicationContext uncompressed = starter(endpoint, node, "elastic.compression=false")) {
				ElasticBulk bulk = context.getBean(ElasticBulk.class);
				BulkOptions defaults = new BulkOptions();
				List<BulkContender> contenders = new ArrayList<>();
				switch (mode) {
					case "sweep" -> {
						for (int concurrency : new int[] { 2, 4, 8 }) {
							for (int[] size : new int[][] { { 1000, 5 }, { 5000, 10 }, { 20000, 5 } }) {
								contenders.add(JavaBulkContenders.starter(
										"c" + concurrency + " " + size[0] + "/" + size[1] + "MB", bulk, documents.all(),
										(o) -> o.concurrency(concurrency)
											.maxOperations(size[0])
											.maxBytes(DataSize.ofMegabytes(size[1]))));
							}
						}
					}
					case "compression" -> {
						contenders.add(JavaBulkContenders.starter("ElasticBulk", bulk, documents.all(), (o) -> {
						}));
						contenders.add(curl("curl, pre-built bodies", documents, defaults, true, work, endpoint));
						contenders.add(JavaBulkContenders.starter("ElasticBulk, no gzip",
								uncompressed.getBean(ElasticBulk.class), documents.all(), (o) -> {
								}));
						contenders.add(curl("curl, bodies, no gzip", documents, defaults, false, work, endpoint));
					}
					default -> {
						Path documentsFile = work.resolve("documents.jsonl");
						documents.writeJsonLines(documentsFile);
						contenders.add(ProcessBulkContenders.nodeHelper(
								Path.of("benchmarks/src/main/node/bulk-helper.cjs"), nodeModules, documentsFile,
								endpoint));
						contenders.add(JavaBulkContenders.ingester(context.getBean(ElasticsearchClient.class),
								documents.all()));
						contenders.add(JavaBulkContenders.starter("ElasticBulk", bulk, documents.all(), (o) -> {
						}));
						contenders.add(curl("curl, pre-built bodies", documents, defaults, true, work, endpoint));
					}
				}
				System.out.printf(Locale.ROOT, "%,d documents, %d rounds after a warm-up, %s%n", documents.size(), rounds,
						mode);
				Map<String, List<Measurement>> measured = run(contenders, rounds, new BulkIndex(node, INDEX), proxy,
						documents.size());
				for (BulkContender contender : contenders) {
					contender.close();
				}
				BulkReport.print(measured, mode);
			}
		}
		finally {
			node.stop();
		}
	}

	/**
	 * curl with the documents as {@code ElasticBulk}'s default requests would carry them.
	 */
	private static BulkContender curl(String name, BulkDocuments documents, BulkOptions defaults,
			boolean gzip, Path work, ProcessBulkContenders.Endpoint endpoint) throws IOException {
		Path directory = work.resolve(gzip ? "curl" : "curl-plain");
		List<Path> bodies = documents.writeBulkBodies(directory, defaults.getMaxOperations(),
				defaults.getMaxBytes().toBytes(), gzip);
		return ProcessBulkContenders.curl(name, bodies, INDEX, defaults.getConcurrency(), directory, endpoint);
	}

	record Measurement(int round, double docsPerSecond, double seconds, long bytes) {
	}

	private static Map<String, List<Measurement>> run(List<BulkContender> contenders, int rounds, BulkIndex index,
			CountingProxy proxy, int expected) throws Exception {
		Map<String, List<Measurement>> measured = new LinkedHashMap<>();
		for (int round = -1; round < rounds; round++) {
			List<BulkContender> order = new ArrayList<>(contenders);
			if (round % 2 != 0 && round >= 0) {
				java.util.Collections.reverse(order);
			}
			for (BulkContender contender : order) {
				index.recreate();
				proxy.takeBytesToServer();
				BulkContender.Outcome outcome = contender.load(index.name());
				long bytes = proxy.takeBytesToServer();
				long indexed = index.countAfterRefresh();
				if (outcome.failed() > 0 || outcome.succeeded() != expected || indexed != expected) {
					throw new IllegalStateException(contender.name() + ": " + outcome + ", " + indexed
							+ " documents in the index, expected " + expected);
				}
				Measurement measurement = new Measurement(round, expected / outcome.seconds(), outcome.seconds(), bytes);
				System.out.printf(Locale.ROOT, "%s %-24s %8.0f docs/s %7.2f s %,12d request bytes%n",
						(round < 0) ? "warm-up " : "round " + round + " ", contender.name(),
						measurement.docsPerSecond(), measurement.seconds(), bytes);
				if (round >= 0) {
					measured.computeIfAbsent(contender.name(), (key) -> new ArrayList<>()).add(measurement);
				}
			}
		}
		return measured;
	}

	private static ProcessBulkContenders.Endpoint endpoint(LocalElasticsearch node, int port) {
		String cloudId = "benchmark:" + Base64.getEncoder()
			.encodeToString(("localhost:" + port + "$bench$kibana").getBytes(StandardCharsets.UTF_8));
		return new ProcessBulkContenders.Endpoint(cloudId, LOOPBACK_HOST, port, node.caCertificatePath(),
				node.superuserName(), node.superuserPassword());
	}

	private static ConfigurableApplicationContext starter(ProcessBulkContenders.Endpoint endpoint,
			LocalElasticsearch node, String... properties) {
		return new SpringApplicationBuilder(BulkApplication.class).web(WebApplicationType.NONE)
			.properties(properties)
			.properties("elastic.cloud-id=" + endpoint.cloudId(), "elastic.username=" + endpoint.username(),
					"elastic.password=" + endpoint.password(),
					"elastic.ssl.ca-fingerprint=" + node.caFingerprintSha256(), "spring.main.banner-mode=off",
					"logging.level.root=warn")
			.run();
	}

}
