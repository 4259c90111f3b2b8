package io.github.elasticstarter.bulk;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The parts of a load that need no server: progress line and back-off.
 */
class BulkLoadPartsTests {

	@Test
	void progressLineTellsRateAndTimeLeftWhenTheTotalIsKnown() {
		ProgressLog progress = new ProgressLog("cities", new LoadTally("cities", LoadMeters.NONE, null), 50_000);
		assertThat(progress.line(10_000, Duration.ofSeconds(4)))
			.isEqualTo("Bulk load 'cities': 10,000 documents of 50,000 (20.0%), 2,500 docs/s, about 0:00:16 left");
	}

	@Test
	void progressLineTellsRateWithoutTotal() {
		ProgressLog progress = new ProgressLog("cities", new LoadTally("cities", LoadMeters.NONE, null), 0);
		assertThat(progress.line(10_000, Duration.ofSeconds(4)))
			.isEqualTo("Bulk load 'cities': 10,000 documents, 2,500 docs/s");
	}

	@Test
	void backoffDoublesUpToTheCapWithAtMostHalfTakenOffAsJitter() {
		RetryBackoff backoff = new RetryBackoff(Duration.ofMillis(100), Duration.ofMillis(1000));
		for (int i = 0; i < 100; i++) {
			assertThat(backoff.delay(1)).isBetween(Duration.ofMillis(50), Duration.ofMillis(100));
			assertThat(backoff.delay(3)).isBetween(Duration.ofMillis(200), Duration.ofMillis(400));
			assertThat(backoff.delay(10)).isBetween(Duration.ofMillis(500), Duration.ofMillis(1000));
		}
	}

}
