package io.github.elasticstarter.testsupport;

import java.util.concurrent.atomic.AtomicReference;

/**
 * The first exception a test server's own thread ran into, kept so that the test sees it when it
 * closes the server instead of the thread dying unnoticed.
 */
public final class BackgroundFailures {

	private final String owner;

	private final AtomicReference<Throwable> first = new AtomicReference<>();

	public BackgroundFailures(String owner) {
		this.owner = owner;
	}

	public void record(Throwable failure) {
		if (!this.first.compareAndSet(null, failure)) {
			this.first.get().addSuppressed(failure);
		}
	}

	/**
	 * Fail the test if the server's thread failed.
	 * @throws AssertionError with the server's failure as its cause
	 */
	public void rethrow() {
		Throwable failure = this.first.get();
		if (failure != null) {
			throw new AssertionError(this.owner + " failed on its own thread: " + failure, failure);
		}
	}

}
