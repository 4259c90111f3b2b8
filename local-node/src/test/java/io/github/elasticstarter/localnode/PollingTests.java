package io.github.elasticstarter.localnode;

import java.io.IOException;
import java.net.ConnectException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PollingTests {

	@AfterEach
	void clearInterruptFlag() {
		Thread.interrupted();
	}

	@Test
	void returnsAsSoonAsTheConditionHolds() {
		AtomicInteger checks = new AtomicInteger();
		long started = System.nanoTime();

		Polling.waitUntil("the third check", Duration.ofSeconds(30), (seen) -> checks.incrementAndGet() == 3);

		assertThat(checks).hasValue(3);
		assertThat(Duration.ofNanos(System.nanoTime() - started))
			.as("two pauses, not the 30 s timeout")
			.isLessThan(Duration.ofSeconds(10));
	}

	@Test
	void doesNotCheckAgainOnceTheConditionHolds() {
		AtomicInteger checks = new AtomicInteger();

		Polling.waitUntil("the first check", Duration.ofSeconds(30), (seen) -> checks.incrementAndGet() > 0);

		assertThat(checks).hasValue(1);
	}

	@Test
	void timesOutWithAMessageNamingWhatWasAwaitedTheTimeoutAndTheLastAnswer() {
		AtomicInteger checks = new AtomicInteger();
		long started = System.nanoTime();

		assertThatThrownBy(() -> Polling.waitUntil("the node to turn green", Duration.ofMillis(500), (seen) -> {
			seen.accept("HTTP 503 check " + checks.incrementAndGet());
			return false;
		})).isInstanceOf(LocalElasticsearchException.class)
			.hasMessage("Timed out after 500 ms waiting for the node to turn green; last seen: HTTP 503 check "
					+ checks.get());

		assertThat(checks.get()).as("checked more than once").isGreaterThan(1);
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isBetween(Duration.ofMillis(500),
				Duration.ofSeconds(10));
	}

	@Test
	void anIoFailureCountsAsNotYetAndIsReportedAsTheLastAnswer() {
		AtomicInteger checks = new AtomicInteger();

		assertThatThrownBy(() -> Polling.waitUntil("an answer", Duration.ofMillis(300), (seen) -> {
			checks.incrementAndGet();
			throw new ConnectException("Connection refused");
		})).isInstanceOf(LocalElasticsearchException.class)
			.hasMessageEndingWith("last seen: java.net.ConnectException: Connection refused");
		assertThat(checks.get()).isGreaterThan(1);
	}

	@Test
	void anIoFailureAfterAnAnswerIsReportedInsteadOfThatAnswer() {
		AtomicInteger checks = new AtomicInteger();

		assertThatThrownBy(() -> Polling.waitUntil("an answer", Duration.ofMillis(300), (seen) -> {
			seen.accept("HTTP 401");
			if (checks.incrementAndGet() > 0) {
				throw new IOException("reset");
			}
			return false;
		})).hasMessageEndingWith("last seen: java.io.IOException: reset");
	}

	@Test
	void anyOtherFailureEndsTheWaitAtOnce() {
		AtomicInteger checks = new AtomicInteger();

		assertThatThrownBy(() -> Polling.waitUntil("a running node", Duration.ofSeconds(30), (seen) -> {
			checks.incrementAndGet();
			throw new LocalElasticsearchException("the node process is not running");
		})).hasMessage("the node process is not running");
		assertThat(checks).hasValue(1);
	}

	@Test
	void interruptionEndsTheWaitAndKeepsTheInterruptFlag() {
		assertThatThrownBy(() -> Polling.waitUntil("a green node", Duration.ofSeconds(30), (seen) -> {
			throw new InterruptedException();
		})).isInstanceOf(LocalElasticsearchException.class).hasMessage("Interrupted while waiting for a green node");
		assertThat(Thread.currentThread().isInterrupted()).isTrue();
	}

}
