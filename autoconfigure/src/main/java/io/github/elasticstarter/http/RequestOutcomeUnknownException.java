package io.github.elasticstarter.http;

import org.apache.hc.core5.http.ContentTooLongException;
import org.jspecify.annotations.Nullable;

/**
 * A request that changes data failed after it was sent, so whether Elasticsearch applied it is
 * unknown; it was neither retried nor sent to another node, because doing so could apply it
 * twice (a document indexed without an id, for example). Find it as the cause of the
 * {@link java.io.IOException} the client throws. Two failures end this way: the connection
 * failed after the request was sent, or a {@code _bulk} request was answered by a gateway error
 * (502 or 504), which a proxy sends when it may have passed the request on
 * ({@link #getStatus()}).
 * <p>
 * It extends {@link ContentTooLongException} for one reason only: that is the one failure the
 * {@code Rest5Client} does not re-send to its next node. It has nothing to do with content
 * length.
 */
public class RequestOutcomeUnknownException extends ContentTooLongException {

	/**
	 * The gateway status (502 or 504), or 0 when the connection failed without an answer.
	 */
	private final int status;

	RequestOutcomeUnknownException(String message, @Nullable Throwable cause) {
		this(message, cause, 0);
	}

	RequestOutcomeUnknownException(String message, @Nullable Throwable cause, int status) {
		super(message);
		initCause(cause);
		this.status = status;
	}

	/**
	 * The gateway status the request was answered with.
	 * @return 502 or 504, or 0 when the connection failed without an answer
	 */
	public int getStatus() {
		return this.status;
	}

}
