package io.github.elasticstarter.scan;

import org.springframework.context.SmartLifecycle;

/**
 * Closes the open scans, and their points in time, when the application context stops (as it
 * does before a checkpoint) or closes: after the web server stopped taking requests that could
 * read from them, and before the client's connection pool closes.
 */
public class ElasticScanLifecycle implements SmartLifecycle {

	/**
	 * Below the web server's phases ({@code DEFAULT_PHASE - 1024} and {@code - 2048}) and above
	 * the connection pool's ({@code DEFAULT_PHASE - 4096}): phases stop from high to low.
	 */
	static final int PHASE = SmartLifecycle.DEFAULT_PHASE - 3072;

	private final ElasticScan scan;

	/**
	 * Tie the scans of this {@link ElasticScan} to the application context's lifecycle.
	 * @param scan the scans to close on stop
	 */
	public ElasticScanLifecycle(ElasticScan scan) {
		this.scan = scan;
	}

	@Override
	public void start() {
		this.scan.start();
	}

	@Override
	public void stop() {
		this.scan.stop();
	}

	@Override
	public boolean isRunning() {
		return this.scan.isRunning();
	}

	@Override
	public int getPhase() {
		return PHASE;
	}

}
