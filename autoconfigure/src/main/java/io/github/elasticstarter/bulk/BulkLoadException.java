package io.github.elasticstarter.bulk;

/**
 * Thrown when adding to a load waited longer than its {@code max-wait} for one of its requests
 * in flight to finish, or when {@link BulkLoad#flush()} waited longer than that for the
 * outcomes of its operations. The operations concerned stay in the load and are sent, or
 * reported as failed, when it finishes.
 */
public class BulkLoadException extends RuntimeException {

	BulkLoadException(String message) {
		super(message);
	}

}
