package io.github.elasticstarter.autoconfigure.bulk;

import java.time.Duration;

import io.github.elasticstarter.autoconfigure.InvalidElasticConfigurationException;
import org.jspecify.annotations.Nullable;

/**
 * Checks bulk settings, both the {@code elastic.bulk.*} properties (a failure stops start-up
 * with {@link InvalidElasticConfigurationException}) and the overrides of one load (a failure
 * is an {@link IllegalArgumentException} from {@link ElasticBulk#open}).
 */
final class BulkOptionsValidator {

	private final Problem problem;

	private BulkOptionsValidator(Problem problem) {
		this.problem = problem;
	}

	static void validateProperties(ElasticBulkProperties properties) {
		new BulkOptionsValidator((name, what, fix) -> new InvalidElasticConfigurationException("elastic.bulk." + name,
				what, fix.replace("%s", "'elastic.bulk." + name + "'")))
			.validate(new BulkOptions(properties));
	}

	static BulkOptions validateOverrides(BulkOptions options) {
		new BulkOptionsValidator((name, what, fix) -> new IllegalArgumentException(
				"Bulk option " + name + ": " + what + " " + fix.replace("%s", name)))
			.validate(options);
		return options;
	}

	private void validate(BulkOptions options) {
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
			throw this.problem.of("max-backoff", "it is shorter than initial-backoff, the first back-off.",
					"Set %s to at least the initial back-off.");
		}
		atLeast("expected-total", options.getExpectedTotal(), 0);
	}

	private void atLeast(String name, long value, long minimum) {
		if (value < minimum) {
			throw this.problem.of(name, "it is " + value + ", below " + minimum + ".",
					"Set %s to " + minimum + " or more.");
		}
	}

	private void positive(String name, @Nullable Duration duration) {
		if (duration == null || duration.isNegative() || duration.isZero()) {
			throw this.problem.of(name, "it is " + duration + ", not a positive duration.",
					"Set %s to a positive duration, such as '1s' or '500ms'.");
		}
	}

	@FunctionalInterface
	private interface Problem {

		RuntimeException of(String name, String what, String fix);

	}

}
