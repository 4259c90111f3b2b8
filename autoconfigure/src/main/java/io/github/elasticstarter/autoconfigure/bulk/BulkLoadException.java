package io.github.elasticstarter.autoconfigure.bulk;

/**
 * Thrown when adding to or flushing a load waited longer than its {@code max-wait} for one of
 * its requests in flight to finish. The operation that was being added is in the load and is
 * sent, or reported as failed, when the load finishes.
 */
public class BulkLoadException extends RuntimeException {

	BulkLoadException(String message) {
		super(message);
	}

}
