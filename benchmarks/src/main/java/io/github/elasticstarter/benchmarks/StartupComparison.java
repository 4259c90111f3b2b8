package io.github.elasticstarter.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.github.elasticstarter.localnode.LocalElasticsearch;

/**
 * Start-up, process launch to application ready, of the same application with the starter and
 * with Spring Boot's own Elasticsearch auto-configuration, launched alternately so that both
 * see the same machine noise.
 */
public final class StartupComparison {

	private static final Pattern READY = Pattern.compile("READY uptime_ms=(\\d+) client_beans_ms=([\\d.]+)");

	private static final String BOOT_AUTO_CONFIGURATIONS = "org.springframework.boot.elasticsearch.autoconfigure."
			+ "ElasticsearchRestClientAutoConfiguration,org.springframework.boot.elasticsearch.autoconfigure."
			+ "ElasticsearchClientAutoConfiguration";

	private static final String STARTER_AUTO_CONFIGURATIONS = "io.github.elasticstarter.autoconfigure."
			+ "ElasticAutoConfiguration,io.github.elasticstarter.localnode.spring.LocalElasticsearchAutoConfiguration";

	private StartupComparison() {
	}

	public static void main(String[] args) throws Exception {
		int rounds = (args.length > 0) ? Integer.parseInt(args[0]) : 10;
		LocalElasticsearch node = LocalElasticsearch.http();
		Map<String, List<String>> modes = new LinkedHashMap<>();
		modes.put("spring-boot", List.of("--spring.autoconfigure.exclude=" + STARTER_AUTO_CONFIGURATIONS,
				"--spring.elasticsearch.uris=" + node.baseUri(), "--spring.elasticsearch.username=" + node.superuserName(),
				"--spring.elasticsearch.password=" + node.superuserPassword()));
		modes.put("starter", List.of("--spring.autoconfigure.exclude=" + BOOT_AUTO_CONFIGURATIONS,
				"--elastic.hosts=" + node.baseUri(), "--elastic.username=" + node.superuserName(),
				"--elastic.password=" + node.superuserPassword()));
		Map<String, List<Double>> launchToReady = new LinkedHashMap<>();
		Map<String, List<Double>> clientBeans = new LinkedHashMap<>();
		for (int round = 0; round < rounds + 1; round++) {
			for (Map.Entry<String, List<String>> mode : modes.entrySet()) {
				double[] measured = launch(mode.getValue());
				if (round > 0) { // the first round warms the file system cache
					launchToReady.computeIfAbsent(mode.getKey(), (key) -> new ArrayList<>()).add(measured[0]);
					clientBeans.computeIfAbsent(mode.getKey(), (key) -> new ArrayList<>()).add(measured[1]);
				}
			}
		}
		double baseline = Stats.of(launchToReady.get("spring-boot")).median();
		for (String mode : modes.keySet()) {
			Stats ready = Stats.of(launchToReady.get(mode));
			System.out.printf(Locale.ROOT, "RESULT startup %-11s launch-to-ready %s; ratio to spring-boot %.3f%n", mode,
					ready.format("ms"), ready.median() / baseline);
			System.out.printf(Locale.ROOT, "RESULT startup %-11s client-bean creation %s%n", mode,
					Stats.of(clientBeans.get(mode)).format("ms"));
		}
		node.stop();
	}

	private static double[] launch(List<String> arguments) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-cp", System.getProperty("java.class.path"), StartupApplication.class.getName(),
				"--spring.main.banner-mode=off", "--logging.level.root=warn"));
		command.addAll(arguments);
		long started = System.nanoTime();
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		try (BufferedReader out = new BufferedReader(
				new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
			StringBuilder seen = new StringBuilder();
			for (String line = out.readLine(); line != null; line = out.readLine()) {
				Matcher ready = READY.matcher(line);
				if (ready.find()) {
					double launchMillis = (System.nanoTime() - started) / 1e6;
					process.waitFor(30, TimeUnit.SECONDS);
					return new double[] { launchMillis, Double.parseDouble(ready.group(2)) };
				}
				seen.append(line).append('\n');
			}
			throw new IllegalStateException("The application never became ready:\n" + seen);
		}
		finally {
			process.destroyForcibly();
		}
	}

}
