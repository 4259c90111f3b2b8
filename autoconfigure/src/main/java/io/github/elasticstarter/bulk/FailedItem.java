package io.github.elasticstarter.bulk;

import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import org.jspecify.annotations.Nullable;

/**
 * An operation of a load that finally failed, as given to the dead-letter hook
 * ({@link BulkOptions#onFailure}).
 *
 * @param load the name of the load
 * @param operation the operation, with its index; its document is the JSON that was sent
 * ({@link co.elastic.clients.util.BinaryData})
 * @param status the HTTP status of the item or of its request, 0 when there was none (an I/O
 * error, a timeout, or a load that ran out of time)
 * @param reason why it failed, such as {@code mapper_parsing_exception: failed to parse field}
 * @param attempts how many times it was sent
 */
public record FailedItem(String load, BulkOperation operation, int status, String reason, int attempts) {

	/**
	 * The kind of operation: index, create, update or delete.
	 * @return the kind of {@code operation}
	 */
	public BulkOperation.Kind kind() {
		return this.operation._kind();
	}

	/**
	 * The index the operation targets.
	 * @return the index of {@code operation}
	 */
	public @Nullable String index() {
		return BulkOperations.base(this.operation).index();
	}

	/**
	 * The id of the document, {@code null} when Elasticsearch was to generate it.
	 * @return the id of {@code operation}
	 */
	public @Nullable String id() {
		return BulkOperations.base(this.operation).id();
	}

	/**
	 * Describes the item without its document, which may hold personal data.
	 */
	@Override
	public String toString() {
		return "FailedItem[load=" + this.load + ", " + kind().jsonValue() + " " + index() + "/" + id() + ", status="
				+ this.status + ", attempts=" + this.attempts + ", reason=" + this.reason + "]";
	}

}
