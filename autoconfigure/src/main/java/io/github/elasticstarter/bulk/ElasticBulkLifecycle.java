package io.github.elasticstarter.bulk;

import org.springframework.context.SmartLifecycle;

/**
 * Finishes the open bulk loads when the application context stops (as it does before a
 * checkpoint) or closes: after the web server stopped taking requests that could add to them,
 * and before the client's connection pool closes.
 */
public class ElasticBulkLifecycle implements SmartLifecycle {

	/**
	 * Below the web server's phases ({@code DEFAULT_PHASE - 1024} and {@code - 2048}) and above
	 * the connection pool's ({@code DEFAULT_PHASE - 4096}): phases stop from high to low.
	 */
	static final int PHASE = SmartLifecycle.DEFAULT_PHASE - 3072;

	private final ElasticBulk bulk;

	/**
	 * Tie the loads of this {@link ElasticBulk} to the application context's lifecycle.
	 * @param bulk the bulk whose open loads are finished on stop
	 */
	public ElasticBulkLifecycle(ElasticBulk bulk) {
		this.bulk = bulk;
	}

	@Override
	public void start() {
		this.bulk.start();
	}

	@Override
	public void stop() {
		this.bulk.stop();
	}

	@Override
	public boolean isRunning() {
		return this.bulk.isRunning();
	}

	@Override
	public int getPhase() {
		return PHASE;
	}

}
