package io.github.elasticstarter.benchmarks;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Median, spread and percentiles of a sample, as the reports print them.
 */
record Stats(double median, double p25, double p75, double min, double max, int count) {

	static Stats of(List<Double> values) {
		double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
		return new Stats(percentile(sorted, 50), percentile(sorted, 25), percentile(sorted, 75), sorted[0],
				sorted[sorted.length - 1], sorted.length);
	}

	static double percentile(double[] sorted, double percent) {
		if (sorted.length == 0) {
			return Double.NaN;
		}
		int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
		return sorted[Math.min(Math.max(index, 0), sorted.length - 1)];
	}

	static double percentile(long[] unsorted, double percent) {
		long[] copy = unsorted.clone();
		Arrays.sort(copy);
		return percentile(Arrays.stream(copy).asDoubleStream().toArray(), percent);
	}

	String format(String unit) {
		return String.format(Locale.ROOT, "median %.1f %s (p25 %.1f, p75 %.1f, min %.1f, max %.1f, n=%d)", this.median,
				unit, this.p25, this.p75, this.min, this.max, this.count);
	}

}
