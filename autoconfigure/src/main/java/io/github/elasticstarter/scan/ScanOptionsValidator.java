package io.github.elasticstarter.scan;

import java.time.Duration;
import java.util.HashSet;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * Checks the settings of a scan, both the defaults of an {@link ElasticScan} and the overrides of
 * one scan: a value out of range is an {@link InvalidScanOptionException}.
 */
final class ScanOptionsValidator {

	/** Elasticsearch's default {@code index.max_result_window}, the largest page it serves. */
	private static final int MAX_PAGE_SIZE = 10_000;

	private ScanOptionsValidator() {
	}

	static void validate(ScanOptions options) {
		range("page-size", options.getPageSize(), 1, MAX_PAGE_SIZE);
		range("slices", options.getSlices(), 1, 1024);
		range("max-buffered-pages", options.getMaxBufferedPages(), 1, Integer.MAX_VALUE);
		positive("keep-alive", options.getKeepAlive());
		positive("max-wait", options.getMaxWait());
		if (options.getProgressInterval() != null) {
			positive("progress-interval", options.getProgressInterval());
		}
		Set<Integer> slices = new HashSet<>();
		for (ScanCheckpoint checkpoint : options.getResumeFrom()) {
			if (checkpoint.slices() != options.getSlices() || !slices.add(checkpoint.slice())) {
				throw new InvalidScanOptionException("resume-from", "its checkpoints are of a scan with "
						+ checkpoint.slices() + " slices (or name a slice twice), and this scan has "
						+ options.getSlices() + ".", "Resume with the slices of the checkpoints, one checkpoint per slice, in %s.");
			}
		}
	}

	private static void range(String name, long value, long minimum, long maximum) {
		if (value < minimum || value > maximum) {
			throw new InvalidScanOptionException(name, "it is " + value + ", not between " + minimum + " and "
					+ maximum + ".", "Set %s to a value from " + minimum + " to " + maximum + ".");
		}
	}

	private static void positive(String name, @Nullable Duration duration) {
		if (duration == null || duration.isNegative() || duration.isZero()) {
			throw new InvalidScanOptionException(name, "it is " + duration + ", not a positive duration.",
					"Set %s to a positive duration, such as '1s' or '500ms'.");
		}
	}

}
