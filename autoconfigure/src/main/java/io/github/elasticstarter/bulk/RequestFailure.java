package io.github.elasticstarter.bulk;

import java.io.IOException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.util.Set;
import java.util.concurrent.CancellationException;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.transport.TransportException;
import co.elastic.clients.transport.rest5_client.low_level.ResponseException;
import io.github.elasticstarter.http.RequestOutcomeUnknownException;

/**
 * Why a whole bulk request failed, and whether its operations may be sent again.
 *
 * @param status the HTTP status, 0 when no response arrived
 * @param retryable whether sending the operations again may succeed
 * @param outcomeUnknown whether Elasticsearch may have applied the operations although the
 * request failed (no response, or a gateway error), so that only operations with an id can be
 * sent again without risking a duplicate
 * @param reason a description without secrets
 */
record RequestFailure(int status, boolean retryable, boolean outcomeUnknown, String reason) {

	/** Statuses that mean Elasticsearch did not apply the request. */
	private static final Set<Integer> NOT_APPLIED = Set.of(429, 503);

	/** Statuses of a proxy or gateway that may have passed the request on. */
	private static final Set<Integer> GATEWAY = Set.of(502, 504);

	static RequestFailure of(Throwable failure) {
		Throwable cause = failure;
		while (cause != null) {
			int status = statusOf(cause);
			if (status > 0) {
				return new RequestFailure(status, NOT_APPLIED.contains(status) || GATEWAY.contains(status),
						GATEWAY.contains(status), "request failed with status " + status + ": " + cause.getMessage());
			}
			if (cause instanceof ConnectException || cause instanceof UnknownHostException) {
				return new RequestFailure(0, true, false, "could not connect: " + describe(cause));
			}
			if (cause instanceof IOException) {
				return new RequestFailure(0, true, true, "request failed without a response: " + describe(cause));
			}
			if (cause instanceof CancellationException) {
				return new RequestFailure(0, false, true, "request cancelled: " + describe(cause));
			}
			cause = cause.getCause();
		}
		return new RequestFailure(0, false, true, "request failed: " + describe(failure));
	}

	private static int statusOf(Throwable failure) {
		if (failure instanceof ElasticsearchException elasticsearch) {
			return elasticsearch.status();
		}
		if (failure instanceof ResponseException response) {
			return response.getResponse().getStatusCode();
		}
		if (failure instanceof TransportException transport) {
			return transport.statusCode();
		}
		if (failure instanceof RequestOutcomeUnknownException unknown) {
			return unknown.getStatus();
		}
		return 0;
	}

	private static String describe(Throwable failure) {
		return failure.getClass().getSimpleName() + ((failure.getMessage() != null) ? " " + failure.getMessage() : "");
	}

}
