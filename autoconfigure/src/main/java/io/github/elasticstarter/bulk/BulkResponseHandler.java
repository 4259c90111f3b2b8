package io.github.elasticstarter.bulk;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import co.elastic.clients.elasticsearch._types.ErrorCause;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import org.jspecify.annotations.Nullable;

/**
 * Decides the outcome of each operation of a request from its response or its failure:
 * succeeded, to be retried, or failed.
 */
final class BulkResponseHandler {

	private static final String REJECTED = "es_rejected_execution_exception";

	private final int maxRetries;

	private final LoadTally tally;

	private final Consumer<List<PendingItem>> retry;

	BulkResponseHandler(int maxRetries, LoadTally tally, Consumer<List<PendingItem>> retry) {
		this.maxRetries = maxRetries;
		this.tally = tally;
		this.retry = retry;
	}

	void handle(List<PendingItem> items, BulkResponse response) {
		List<BulkResponseItem> results = response.items();
		if (results.size() != items.size()) {
			handle(items, new RequestFailure(200, false, true, "the response has " + results.size()
					+ " items for " + items.size() + " operations"));
			return;
		}
		int succeeded = 0;
		List<PendingItem> retries = new ArrayList<>();
		for (int i = 0; i < items.size(); i++) {
			PendingItem item = items.get(i);
			BulkResponseItem result = results.get(i);
			if (isSuccess(item, result)) {
				succeeded++;
			}
			else if (isRejected(result)) {
				retryOrFail(item, retries, result.status(), describe(result.error()));
			}
			else {
				this.tally.failed(item, result.status(), describe(result.error()));
			}
		}
		this.tally.succeeded(succeeded);
		retry(retries);
	}

	void handle(List<PendingItem> items, RequestFailure failure) {
		List<PendingItem> retries = new ArrayList<>();
		for (PendingItem item : items) {
			if (!failure.retryable()) {
				this.tally.failed(item, failure.status(), failure.reason());
			}
			else if (failure.outcomeUnknown() && item.id() == null) {
				this.tally.failed(item, failure.status(), failure.reason()
						+ "; not sent again because it has no id, so a second copy could be indexed");
			}
			else {
				if (failure.outcomeUnknown()) {
					item.markOutcomeUnknown();
				}
				retryOrFail(item, retries, failure.status(), failure.reason());
			}
		}
		retry(retries);
	}

	private void retryOrFail(PendingItem item, List<PendingItem> retries, int status, String reason) {
		if (item.attempts() > this.maxRetries) {
			this.tally.failed(item, status, reason + " (gave up after " + item.attempts() + " attempts)");
		}
		else {
			this.tally.retrying(item);
			retries.add(item);
		}
	}

	private void retry(List<PendingItem> retries) {
		if (!retries.isEmpty()) {
			this.retry.accept(retries);
		}
	}

	/**
	 * Deleting a missing document is not an error, and a create that conflicts after an
	 * earlier attempt with an unknown outcome found the document that attempt created.
	 */
	private static boolean isSuccess(PendingItem item, BulkResponseItem result) {
		if (result.error() == null && result.status() < 300) {
			return true;
		}
		if (item.kind() == BulkOperation.Kind.Delete && result.status() == 404 && result.error() == null) {
			return true;
		}
		return item.kind() == BulkOperation.Kind.Create && item.outcomeUnknown() && result.status() == 409;
	}

	private static boolean isRejected(BulkResponseItem result) {
		return result.status() == 429 || (result.error() != null && REJECTED.equals(result.error().type()));
	}

	private static String describe(@Nullable ErrorCause error) {
		if (error == null) {
			return "no error given";
		}
		return error.type() + ": " + error.reason();
	}

}
