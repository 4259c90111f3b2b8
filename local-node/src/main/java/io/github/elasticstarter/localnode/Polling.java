package io.github.elasticstarter.localnode;

import java.io.IOException;
import java.time.Duration;
import java.util.function.Consumer;

/** Waits, within a bound, until a node reaches a state that can only be observed by asking it again and again. */
final class Polling {

	static final Duration INTERVAL = Duration.ofMillis(100);

	private Polling() {
	}

	/**
	 * Checks {@code condition} until it holds, pausing {@link #INTERVAL} between checks.
	 * @param description what is awaited, for the timeout message
	 * @param timeout how long to keep checking
	 * @param condition one check; an {@link IOException} counts as "not yet", anything else it throws ends the wait
	 * @throws LocalElasticsearchException naming {@code description}, the timeout and what the last check saw, if
	 * {@code condition} did not hold in time
	 */
	static void waitUntil(String description, Duration timeout, Condition condition) {
		long deadline = System.nanoTime() + timeout.toNanos();
		String lastSeen = "nothing (not checked)";
		while (System.nanoTime() - deadline < 0) {
			String[] seen = { "no answer" };
			try {
				if (condition.holds((answer) -> seen[0] = answer)) {
					return;
				}
			}
			catch (IOException ex) {
				seen[0] = ex.toString();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new LocalElasticsearchException("Interrupted while waiting for " + description, ex);
			}
			lastSeen = seen[0];
			pause(INTERVAL);
		}
		throw new LocalElasticsearchException("Timed out after " + timeout.toMillis() + " ms waiting for "
				+ description + "; last seen: " + lastSeen);
	}

	private static void pause(Duration duration) {
		try {
			Thread.sleep(duration.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new LocalElasticsearchException("Interrupted while pausing between checks", ex);
		}
	}

	/** One check of the awaited state. */
	@FunctionalInterface
	interface Condition {

		/**
		 * @param seen takes what this check found instead, for the timeout message
		 * @return whether the awaited state is reached
		 */
		boolean holds(Consumer<String> seen) throws IOException, InterruptedException;

	}

}
