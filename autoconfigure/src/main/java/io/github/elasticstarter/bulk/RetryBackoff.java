package io.github.elasticstarter.bulk;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The back-off before an operation is sent again: {@code initial * 2^(attempts-1)}, capped,
 * of which a random part of up to half is taken off, so that operations rejected together do
 * not all come back at the same moment.
 */
final class RetryBackoff {

	private final Duration initial;

	private final Duration max;

	RetryBackoff(Duration initial, Duration max) {
		this.initial = initial;
		this.max = max;
	}

	Duration delay(int attempts) {
		Duration full = this.initial.multipliedBy(1L << Math.min(Math.max(attempts - 1, 0), 30));
		if (full.compareTo(this.max) > 0) {
			full = this.max;
		}
		long nanos = full.toNanos();
		return Duration.ofNanos(nanos - ThreadLocalRandom.current().nextLong(nanos / 2 + 1));
	}

}
