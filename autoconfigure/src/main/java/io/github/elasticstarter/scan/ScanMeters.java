package io.github.elasticstarter.scan;

/**
 * Where a scan reports what it does, for metrics: {@link #NONE} records nothing, and
 * {@link MicrometerScanMeters} records with Micrometer.
 */
public interface ScanMeters {

	/** Meters that record nothing. */
	ScanMeters NONE = new ScanMeters() {
	};

	/**
	 * A page the consumer took.
	 * @param documents the documents in it
	 */
	default void pageTaken(int documents) {
	}

	/**
	 * A point in time (or the scrolls of a scan) opened on the server.
	 */
	default void contextOpened() {
	}

	/**
	 * A point in time (or the scrolls of a scan) closed on the server, or given up on.
	 */
	default void contextClosed() {
	}

	/**
	 * Creates the meters of each scan.
	 */
	@FunctionalInterface
	interface Factory {

		/** A factory of meters that record nothing. */
		Factory NONE = (scan) -> ScanMeters.NONE;

		/**
		 * The meters of one scan.
		 * @param scan the scan's name
		 * @return its meters
		 */
		ScanMeters forScan(String scan);

	}

}
