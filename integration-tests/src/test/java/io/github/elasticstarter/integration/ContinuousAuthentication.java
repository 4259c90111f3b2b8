package io.github.elasticstarter.integration;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.security.AuthenticateResponse;

import static org.awaitility.Awaitility.await;

/**
 * Threads that call {@code _security/_authenticate} without pause, recording when each call
 * started, whom the node took the client for, and every failure.
 */
final class ContinuousAuthentication implements AutoCloseable {

	/**
	 * How many threads call at the same time.
	 */
	static final int THREADS = 8;

	/**
	 * How many calls make a phase of a rotation test, before or after the switch.
	 */
	static final int CALLS_PER_PHASE = 200;

	/**
	 * How long the rotation tests' own nodes may take to start: long, since a loaded machine
	 * slows a node's start down several times.
	 */
	static final Duration NODE_STARTUP = Duration.ofMinutes(4);

	private final ElasticsearchClient client;

	private final List<Thread> threads = new ArrayList<>();

	private final ConcurrentLinkedQueue<Call> calls = new ConcurrentLinkedQueue<>();

	private final ConcurrentLinkedQueue<Exception> failures = new ConcurrentLinkedQueue<>();

	private volatile boolean running = true;

	ContinuousAuthentication(ElasticsearchClient client) {
		this.client = client;
		for (int i = 0; i < THREADS; i++) {
			Thread thread = new Thread(this::callUntilClosed, "continuous-authentication-" + i);
			thread.setDaemon(true);
			this.threads.add(thread);
			thread.start();
		}
	}

	private void callUntilClosed() {
		while (this.running) {
			long started = System.nanoTime();
			try {
				this.calls.add(new Call(started, identity(this.client.security().authenticate())));
			}
			catch (Exception ex) {
				this.failures.add(ex);
			}
		}
	}

	private static String identity(AuthenticateResponse who) {
		if (who.apiKey() != null) {
			return "API key " + who.apiKey().id();
		}
		return who.username() + " (" + who.authenticationType() + ")";
	}

	/**
	 * Wait until at least {@link #CALLS_PER_PHASE} more calls have succeeded, or one failed.
	 */
	void awaitAnotherPhase() {
		int target = this.calls.size() + CALLS_PER_PHASE;
		await().atMost(Duration.ofSeconds(60)).until(() -> this.calls.size() >= target || !this.failures.isEmpty());
	}

	List<Call> calls() {
		return List.copyOf(this.calls);
	}

	List<Exception> failures() {
		return List.copyOf(this.failures);
	}

	@Override
	public void close() throws InterruptedException {
		this.running = false;
		for (Thread thread : this.threads) {
			thread.join(TimeUnit.SECONDS.toMillis(60));
		}
	}

	/**
	 * One successful call.
	 * @param started when it started, from {@link System#nanoTime()}
	 * @param identity whom the node authenticated
	 */
	record Call(long started, String identity) {

		boolean startedAfter(long nanoTime) {
			return this.started - nanoTime > 0;
		}

	}

}
