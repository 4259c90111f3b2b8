package io.github.elasticstarter.benchmarks;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.github.elasticstarter.localnode.ApiKey;
import io.github.elasticstarter.localnode.LocalElasticsearch;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * Cold start, process launch to the first answered search ({@code zurch} → Zürich), of the
 * sample's {@code searchCities} function under each platform's entry point, of the same
 * search from a fresh Node.js process with the official client at module scope, and of the
 * steps that make the Java function start faster. Every contender is launched once per round,
 * in balanced order (forwards, then backwards), against the same HTTPS node with an API key,
 * configured by the same environment variables.
 * <p>
 * Usage: {@code ColdStartComparison <rounds> <sample target folder> <Lambda task root>
 * <node_modules> <Java 25 home> <work folder> [a regular expression: only the contenders it
 * matches, besides Node.js]}; see {@code benchmarks/coldstart.sh}.
 */
public final class ColdStartComparison {

	private ColdStartComparison() {
	}

	public static void main(String[] args) throws Exception {
		int rounds = Integer.parseInt(args[0]);
		String only = (args.length > 6) ? args[6] : ".*";
		Contenders contenders = new Contenders(Path.of(args[1]), Path.of(args[2]), Path.of(args[3]),
				Path.of(args[4]), Files.createDirectories(Path.of(args[5])));
		LocalElasticsearch node = LocalElasticsearch.builder().https(true).start();
		try {
			ApiKey key = node.createApiKey("cold-start");
			loadCities(node, key);
			Map<String, String> connection = Map.of("ELASTIC_HOSTS", node.baseUri().toString().replaceFirst("/$", ""),
					"ELASTIC_API_KEY", key.encoded(), "ELASTIC_SSL_CAFINGERPRINT", node.caFingerprintSha256());
			List<Launch> launches = contenders.all(connection)
				.stream()
				.filter((launch) -> launch.name().equals(Contenders.NODE) || launch.name().matches(only))
				.toList();
			for (Launch launch : launches) {
				contenders.train(launch);
			}
			Map<String, List<Double>> times = measure(launches, rounds);
			report(times, contenders.steps(), rounds);
		}
		finally {
			node.stop();
		}
	}

	/** The sample's own loader puts the cities in the index that the functions search. */
	private static void loadCities(LocalElasticsearch node, ApiKey key) throws ClassNotFoundException {
		Map<String, Object> properties = new HashMap<>();
		properties.put("elastic.local-node.enabled", "false");
		properties.put("elastic.hosts", node.baseUri().toString());
		properties.put("elastic.api-key", key.encoded());
		properties.put("elastic.ssl.ca-fingerprint", node.caFingerprintSha256());
		new SpringApplicationBuilder(Class.forName("io.github.elasticstarter.sample.SampleApplication"))
			.web(WebApplicationType.NONE)
			.properties(properties)
			.run()
			.close();
	}

	/**
	 * One launch per contender and round, forwards in even rounds and backwards in odd ones, after
	 * one round that is not counted.
	 */
	private static Map<String, List<Double>> measure(List<Launch> launches, int rounds) throws Exception {
		Map<String, List<Double>> times = new LinkedHashMap<>();
		for (int round = -1; round < rounds; round++) {
			List<Launch> order = new ArrayList<>(launches);
			if (round % 2 != 0) {
				java.util.Collections.reverse(order);
			}
			for (Launch launch : order) {
				double millis = launch.coldStart();
				System.out.printf(Locale.ROOT, "round %d %-28s %8.0f ms%n", round, launch.name(), millis);
				if (round >= 0) {
					times.computeIfAbsent(launch.name(), (name) -> new ArrayList<>()).add(millis);
				}
			}
		}
		return times;
	}

	private static void report(Map<String, List<Double>> times, Map<String, String> steps, int rounds) {
		List<Double> node = times.get(Contenders.NODE);
		System.out.printf(Locale.ROOT, "%nCold start, launch to the first answered search, %d rounds (ms)%n", rounds);
		System.out.printf(Locale.ROOT, "%-44s %7s %7s %7s  %s%n", "contender", "median", "p25", "p75",
				"/ Node.js, and a step's / what it adds to (medians of per-round ratios, quartiles)");
		for (Map.Entry<String, List<Double>> contender : times.entrySet()) {
			Stats stats = Stats.of(contender.getValue());
			String addsTo = steps.get(contender.getKey());
			String step = (addsTo != null && times.containsKey(addsTo)) ? "  / " + addsTo + ": " + ratio(contender.getValue(), times.get(addsTo)) : "";
			System.out.printf(Locale.ROOT, "RESULT %-37s %7.0f %7.0f %7.0f  %s%s%n", contender.getKey(), stats.median(),
					stats.p25(), stats.p75(), ratio(contender.getValue(), node), step);
		}
		if (times.containsKey(Contenders.STARTER) && times.containsKey(Contenders.HAND_BUILT)) {
			System.out.printf(Locale.ROOT, "RESULT starter / hand-built: %s%n",
					ratio(times.get(Contenders.STARTER), times.get(Contenders.HAND_BUILT)));
		}
	}

	/** The median of the rounds' ratios, with their quartiles: both were measured in the same round. */
	private static String ratio(List<Double> values, List<Double> baseline) {
		List<Double> ratios = new ArrayList<>();
		for (int i = 0; i < values.size(); i++) {
			ratios.add(values.get(i) / baseline.get(i));
		}
		Stats stats = Stats.of(ratios);
		return String.format(Locale.ROOT, "%.2f (%.2f-%.2f)", stats.median(), stats.p25(), stats.p75());
	}

	static String classPath(Path... entries) {
		return String.join(File.pathSeparator, java.util.Arrays.stream(entries).map(Path::toString).toList());
	}

}
