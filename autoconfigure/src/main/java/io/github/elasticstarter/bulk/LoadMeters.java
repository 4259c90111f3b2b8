package io.github.elasticstarter.bulk;

/**
 * Where a load reports what it does, for metrics: {@link #NONE} records nothing, and
 * {@link MicrometerLoadMeters} records with Micrometer.
 */
public interface LoadMeters {

	/** Meters that record nothing. */
	LoadMeters NONE = new LoadMeters() {
	};

	/**
	 * Documents the server took.
	 * @param documents how many
	 */
	default void succeeded(long documents) {
	}

	/**
	 * Documents that failed for good, each reported to the load's dead-letter hook.
	 * @param documents how many
	 */
	default void failed(long documents) {
	}

	/**
	 * Documents sent again after the server could not take them.
	 * @param documents how many
	 */
	default void retried(long documents) {
	}

	/**
	 * A bulk request sent.
	 * @param bytes the size of its body
	 */
	default void requestStarted(long bytes) {
	}

	/**
	 * A bulk request answered or failed.
	 * @param nanos how long it took
	 */
	default void requestFinished(long nanos) {
	}

	/**
	 * Creates the meters of each load.
	 */
	@FunctionalInterface
	interface Factory {

		/** A factory of meters that record nothing. */
		Factory NONE = (load) -> LoadMeters.NONE;

		/**
		 * The meters of one load.
		 * @param load the load's name
		 * @return its meters
		 */
		LoadMeters forLoad(String load);

	}

}
