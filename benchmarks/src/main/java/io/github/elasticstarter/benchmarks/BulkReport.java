package io.github.elasticstarter.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleBiFunction;

/**
 * The RESULT lines of {@link BulkComparison}: each contender's docs/s and request bytes, and
 * ratios taken within each round (so that drifts in machine load cancel out), as median with
 * the range over the rounds.
 */
final class BulkReport {

	private BulkReport() {
	}

	static void print(Map<String, List<BulkComparison.Measurement>> measured, String mode) {
		measured.forEach((name, measurements) -> {
			Stats bytes = Stats.of(values(measurements, (m) -> m.bytes() / 1e6));
			System.out.printf(Locale.ROOT, "RESULT bulk %-24s docs/s %s; request MB median %.3f (min %.3f, max %.3f)%n",
					name, Stats.of(values(measurements, BulkComparison.Measurement::docsPerSecond)).format("docs/s"),
					bytes.median(), bytes.min(), bytes.max());
		});
		if (mode.equals("compression")) {
			ratio(measured, "ElasticBulk / curl time", "ElasticBulk", "curl, pre-built bodies",
					(a, b) -> a.seconds() / b.seconds());
			ratio(measured, "ElasticBulk no gzip / curl no gzip time", "ElasticBulk, no gzip",
					"curl, bodies, no gzip", (a, b) -> a.seconds() / b.seconds());
			ratio(measured, "ElasticBulk / ElasticBulk no gzip time", "ElasticBulk", "ElasticBulk, no gzip",
					(a, b) -> a.seconds() / b.seconds());
			ratio(measured, "curl / curl no gzip time", "curl, pre-built bodies", "curl, bodies, no gzip",
					(a, b) -> a.seconds() / b.seconds());
			return;
		}
		if (mode.equals("sweep")) {
			String reference = "c4 1000/5MB";
			for (String name : measured.keySet()) {
				ratio(measured, name + " / " + reference + " docs/s", name, reference,
						(a, b) -> a.docsPerSecond() / b.docsPerSecond());
			}
			return;
		}
		ratio(measured, "ElasticBulk / Node.js docs/s", "ElasticBulk", "Node.js helpers.bulk",
				(a, b) -> a.docsPerSecond() / b.docsPerSecond());
		ratio(measured, "ElasticBulk / Node.js bytes", "ElasticBulk", "Node.js helpers.bulk",
				(a, b) -> (double) a.bytes() / b.bytes());
		ratio(measured, "ElasticBulk / BulkIngester docs/s", "ElasticBulk", "BulkIngester",
				(a, b) -> a.docsPerSecond() / b.docsPerSecond());
		ratio(measured, "ElasticBulk / curl time", "ElasticBulk", "curl, pre-built bodies",
				(a, b) -> a.seconds() / b.seconds());
		ratio(measured, "ElasticBulk / curl bytes", "ElasticBulk", "curl, pre-built bodies",
				(a, b) -> (double) a.bytes() / b.bytes());
	}

	private static void ratio(Map<String, List<BulkComparison.Measurement>> measured, String label, String name,
			String baseline, ToDoubleBiFunction<BulkComparison.Measurement, BulkComparison.Measurement> ratio) {
		List<BulkComparison.Measurement> subjects = measured.get(name);
		List<BulkComparison.Measurement> baselines = measured.get(baseline);
		List<Double> ratios = new ArrayList<>();
		for (int i = 0; i < subjects.size(); i++) {
			ratios.add(ratio.applyAsDouble(subjects.get(i), baselines.get(i)));
		}
		Stats stats = Stats.of(ratios);
		System.out.printf(Locale.ROOT, "RESULT bulk ratio %-44s median %.3f (min %.3f, max %.3f, per round %s)%n",
				label, stats.median(), stats.min(), stats.max(),
				ratios.stream().map((r) -> String.format(Locale.ROOT, "%.3f", r)).toList());
	}

	private static List<Double> values(List<BulkComparison.Measurement> measurements,
			java.util.function.ToDoubleFunction<BulkComparison.Measurement> value) {
		return measurements.stream().mapToDouble(value).boxed().toList();
	}

}
