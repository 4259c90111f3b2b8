package io.github.elasticstarter.autoconfigure;

import org.apache.hc.core5.http.ContentTooLongException;

/**
 * A request that changes data failed after it was sent, so whether Elasticsearch applied it is
 * unknown; it was neither retried nor sent to another node, because doing so could apply it
 * twice (a document indexed without an id, for example). Find it as the cause of the
 * {@link java.io.IOException} the client throws.
 * <p>
 * It extends {@link ContentTooLongException} for one reason only: that is the one failure the
 * {@code Rest5Client} does not re-send to its next node. It has nothing to do with content
 * length.
 */
public class RequestOutcomeUnknownException extends ContentTooLongException {

	RequestOutcomeUnknownException(String message, Throwable cause) {
		super(message);
		initCause(cause);
	}

}
