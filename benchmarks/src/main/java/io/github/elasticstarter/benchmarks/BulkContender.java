package io.github.elasticstarter.benchmarks;

/**
 * One way of loading the benchmark documents into an index.
 */
interface BulkContender extends AutoCloseable {

	/**
	 * What one load did, timed by the contender from its first document to its last outcome.
	 */
	record Outcome(long succeeded, long failed, double seconds) {
	}

	String name();

	Outcome load(String index) throws Exception;

	@Override
	default void close() throws Exception {
	}

}
