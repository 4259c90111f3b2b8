package io.github.elasticstarter.benchmarks;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.github.elasticstarter.localnode.LocalElasticsearch;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * 1,000 sequential invocations of the sample application's search function, as a function
 * runtime makes them on a warm instance: connections the node saw opened, and the latency of
 * the first call against the median of the others. The sample application must be on the
 * class path (benchmarks/run.sh puts it there).
 */
public final class WarmInvocations {

	private static final Pattern TOTAL_OPENED = Pattern.compile("\"total_opened\":(\\d+)");

	private WarmInvocations() {
	}

	@SuppressWarnings("unchecked")
	public static void main(String[] args) throws Exception {
		int invocations = (args.length > 0) ? Integer.parseInt(args[0]) : 1000;
		LocalElasticsearch node = LocalElasticsearch.http();
		Class<?> sample = Class.forName("io.github.elasticstarter.sample.SampleApplication");
		SpringApplication application = new SpringApplication(sample);
		try (ConfigurableApplicationContext context = application.run("--spring.main.web-application-type=none",
				"--elastic.hosts=" + node.baseUri(), "--elastic.username=" + node.superuserName(),
				"--elastic.password=" + node.superuserPassword(), "--spring.main.banner-mode=off",
				"--logging.level.root=warn")) {
			Function<String, Object> search = context.getBean("searchCities", Function.class);
			long openedBefore = totalOpened(node);
			long[] latencies = new long[invocations];
			for (int i = 0; i < invocations; i++) {
				long started = System.nanoTime();
				search.apply((i % 2 == 0) ? "zurich" : "geneva");
				latencies[i] = System.nanoTime() - started;
			}
			long opened = totalOpened(node) - openedBefore - 1;
			System.out.printf(Locale.ROOT,
					"RESULT warm %d invocations: %d connections opened; call 1 %.2f ms, calls 2..%d median %.2f ms "
							+ "(p99 %.2f ms)%n",
					invocations, opened, latencies[0] / 1e6, invocations,
					Stats.percentile(Arrays.copyOfRange(latencies, 1, invocations), 50) / 1e6,
					Stats.percentile(Arrays.copyOfRange(latencies, 1, invocations), 99) / 1e6);
		}
		node.stop();
	}

	/**
	 * Connections the node has accepted so far; reading it opens one connection itself.
	 */
	private static long totalOpened(LocalElasticsearch node) throws Exception {
		String credentials = node.superuserName() + ":" + node.superuserPassword();
		HttpRequest request = HttpRequest.newBuilder(URI.create(node.baseUri() + "_nodes/stats/http"))
			.header("Authorization",
					"Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)))
			.build();
		String body = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString()).body();
		Matcher matcher = TOTAL_OPENED.matcher(body);
		if (!matcher.find()) {
			throw new IllegalStateException("No total_opened in " + body);
		}
		return Long.parseLong(matcher.group(1));
	}

}
