package io.github.elasticstarter.bulk;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

/**
 * Checks the settings of a load, both the defaults of an {@link ElasticBulk} and the overrides of
 * one load: a value out of range is an {@link InvalidBulkOptionException}.
 */
final class BulkOptionsValidator {

	private BulkOptionsValidator() {
	}

	static void validate(BulkOptions options) {
		atLeast("max-operations", options.getMaxOperations(), 1);
		atLeast("max-bytes", options.getMaxBytes().toBytes(), 1);
		atLeast("concurrency", options.getConcurrency(), 1);
		atLeast("max-retries", options.getMaxRetries(), 0);
		positive("flush-interval", options.getFlushInterval());
		positive("initial-backoff", options.getInitialBackoff());
		positive("max-backoff", options.getMaxBackoff());
		positive("max-wait", options.getMaxWait());
		if (options.getProgressInterval() != null) {
			positive("progress-interval", options.getProgressInterval());
		}
		if (options.getMaxBackoff().compareTo(options.getInitialBackoff()) < 0) {
			throw new InvalidBulkOptionException("max-backoff", "it is shorter than initial-backoff, the first back-off.",
					"Set %s to at least the initial back-off.");
		}
		atLeast("expected-total", options.getExpectedTotal(), 0);
	}

	private static void atLeast(String name, long value, long minimum) {
		if (value < minimum) {
			throw new InvalidBulkOptionException(name, "it is " + value + ", below " + minimum + ".",
					"Set %s to " + minimum + " or more.");
		}
	}

	private static void positive(String name, @Nullable Duration duration) {
		if (duration == null || duration.isNegative() || duration.isZero()) {
			throw new InvalidBulkOptionException(name, "it is " + duration + ", not a positive duration.",
					"Set %s to a positive duration, such as '1s' or '500ms'.");
		}
	}

}
