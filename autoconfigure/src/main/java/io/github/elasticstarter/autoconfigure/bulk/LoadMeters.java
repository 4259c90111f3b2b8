package io.github.elasticstarter.autoconfigure.bulk;

/**
 * Where a load reports what it does, for metrics; does nothing unless Micrometer is there.
 */
interface LoadMeters {

	/** Meters that record nothing. */
	LoadMeters NONE = new LoadMeters() {
	};

	default void succeeded(long documents) {
	}

	default void failed(long documents) {
	}

	default void retried(long documents) {
	}

	default void requestStarted(long bytes) {
	}

	default void requestFinished(long nanos) {
	}

	/**
	 * Creates the meters of each load.
	 */
	@FunctionalInterface
	interface Factory {

		/** A factory of meters that record nothing. */
		Factory NONE = (load) -> LoadMeters.NONE;

		LoadMeters forLoad(String load);

	}

}
