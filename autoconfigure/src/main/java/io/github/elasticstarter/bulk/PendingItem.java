package io.github.elasticstarter.bulk;

import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import org.jspecify.annotations.Nullable;

/**
 * One operation of a load until it succeeds or fails: kept without its index (which goes to the
 * request URL when the whole request targets one index) and with its document already
 * serialized, so that its size is known and a retry sends the same bytes.
 */
final class PendingItem {

	private final BulkOperation operation;

	private final String index;

	private final long size;

	private volatile int attempts;

	private volatile boolean outcomeUnknown;

	PendingItem(BulkOperation operationWithoutIndex, String index, long size) {
		this.operation = operationWithoutIndex;
		this.index = index;
		this.size = size;
	}

	/**
	 * The operation to send: with its index unless the request names the index in its URL.
	 */
	BulkOperation operation(boolean withIndex) {
		return withIndex ? BulkOperations.withIndex(this.operation, this.index) : this.operation;
	}

	BulkOperation.Kind kind() {
		return this.operation._kind();
	}

	String index() {
		return this.index;
	}

	@Nullable String id() {
		return BulkOperations.base(this.operation).id();
	}

	/**
	 * Bytes of the action line and document with their newlines, without the index; exact for
	 * the operations built by a load, an estimate for raw operations with further settings.
	 */
	long size() {
		return this.size;
	}

	/**
	 * Bytes the index adds to the action line ({@code ,"_index":"name"}) when the request
	 * targets several indices.
	 */
	long indexSize() {
		return this.index.length() + ((id() != null) ? 12 : 11);
	}

	int attempts() {
		return this.attempts;
	}

	void sent() {
		this.attempts++;
	}

	/**
	 * Whether an earlier request carrying this operation failed in a way that leaves unknown
	 * whether Elasticsearch applied it.
	 */
	boolean outcomeUnknown() {
		return this.outcomeUnknown;
	}

	void markOutcomeUnknown() {
		this.outcomeUnknown = true;
	}

}
