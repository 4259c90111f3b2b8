package io.github.elasticstarter.bulk;

import java.util.Map;

import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperationBase;
import co.elastic.clients.elasticsearch.core.bulk.CreateOperation;
import co.elastic.clients.elasticsearch.core.bulk.DeleteOperation;
import co.elastic.clients.elasticsearch.core.bulk.IndexOperation;
import co.elastic.clients.elasticsearch.core.bulk.UpdateAction;
import co.elastic.clients.elasticsearch.core.bulk.UpdateOperation;
import co.elastic.clients.elasticsearch.core.bulk.WriteOperation;
import co.elastic.clients.json.JsonpMapper;
import co.elastic.clients.util.ApiTypeHelper;
import co.elastic.clients.util.BinaryData;
import org.jspecify.annotations.Nullable;

import org.springframework.util.Assert;

/**
 * Turns what users add to a load into {@link PendingItem pending items}: the document serialized
 * once, the index set aside, and the size of the action line and document estimated.
 */
final class BulkOperations {

	/** The {@code {"":{}}} around the kind of operation, and the newline of the action line. */
	private static final int ACTION_OVERHEAD = 8;

	private BulkOperations() {
	}

	static PendingItem index(String index, @Nullable String id, Object document, JsonpMapper mapper) {
		BinaryData source = BinaryData.of(document, mapper);
		return item(BulkOperation.of((b) -> b.index((i) -> i.id(id).document(source))), index, source.size());
	}

	static PendingItem create(String index, String id, Object document, JsonpMapper mapper) {
		BinaryData source = BinaryData.of(document, mapper);
		return item(BulkOperation.of((b) -> b.create((c) -> c.id(id).document(source))), index, source.size());
	}

	static PendingItem update(String index, String id, Object partialDocument, JsonpMapper mapper) {
		BinaryData action = BinaryData.of(UpdateAction.of((a) -> a.doc(partialDocument)), mapper);
		return item(BulkOperation.of((b) -> b.update((u) -> u.id(id).binaryAction(action))), index, action.size());
	}

	static PendingItem delete(String index, String id) {
		return item(BulkOperation.of((b) -> b.delete((d) -> d.id(id))), index, 0);
	}

	/**
	 * A raw operation of the client; it must name its index.
	 */
	@SuppressWarnings("unchecked")
	static PendingItem of(BulkOperation operation, JsonpMapper mapper) {
		String index = base(operation).index();
		Assert.hasText(index, "A bulk operation added to a load must name its index");
		return switch (operation._kind()) {
			case Index -> {
				IndexOperation<Object> op = (IndexOperation<Object>) operation.index();
				BinaryData source = binary(op.document(), mapper);
				yield item(BulkOperation.of((b) -> b.index((i) -> write(op, i, null).document(source))), index,
						source.size());
			}
			case Create -> {
				CreateOperation<Object> op = (CreateOperation<Object>) operation.create();
				BinaryData source = binary(op.document(), mapper);
				yield item(BulkOperation.of((b) -> b.create((c) -> write(op, c, null).document(source))), index,
						source.size());
			}
			case Update -> {
				UpdateOperation<Object, Object> op = (UpdateOperation<Object, Object>) operation.update();
				BinaryData action = (op.binaryAction() != null) ? op.binaryAction() : binary(op.action(), mapper);
				yield item(BulkOperation.of((b) -> b.update((u) -> update(op, u, null).binaryAction(action))), index,
						action.size());
			}
			case Delete -> item(BulkOperation.of((b) -> b.delete((d) -> base(operation.delete(), d, null))), index, 0);
			default -> throw new IllegalArgumentException("Unsupported bulk operation " + operation._kind());
		};
	}

	/**
	 * The same operation with the given index, or without any when {@code null}.
	 */
	@SuppressWarnings("unchecked")
	static BulkOperation withIndex(BulkOperation operation, @Nullable String index) {
		return switch (operation._kind()) {
			case Index -> {
				IndexOperation<Object> op = (IndexOperation<Object>) operation.index();
				yield BulkOperation.of((b) -> b.index((i) -> write(op, i, index).document(op.document())));
			}
			case Create -> {
				CreateOperation<Object> op = (CreateOperation<Object>) operation.create();
				yield BulkOperation.of((b) -> b.create((c) -> write(op, c, index).document(op.document())));
			}
			case Update -> {
				UpdateOperation<Object, Object> op = (UpdateOperation<Object, Object>) operation.update();
				yield BulkOperation.of((b) -> b.update((u) -> update(op, u, index).binaryAction(op.binaryAction())));
			}
			case Delete -> BulkOperation.of((b) -> b.delete((d) -> base(operation.delete(), d, index)));
			default -> throw new IllegalArgumentException("Unsupported bulk operation " + operation._kind());
		};
	}

	static BulkOperationBase base(BulkOperation operation) {
		return (BulkOperationBase) operation._get();
	}

	private static PendingItem item(BulkOperation operation, String index, long documentSize) {
		BulkOperationBase base = base(operation);
		long fields = field("_id", base.id()) + field("routing", base.routing()) + field("pipeline", pipeline(base));
		long size = operation._kind().jsonValue().length() + ACTION_OVERHEAD + Math.max(fields - 1, 0)
				+ ((operation._kind() != BulkOperation.Kind.Delete) ? documentSize + 1 : 0);
		return new PendingItem(operation, index, size);
	}

	private static @Nullable String pipeline(BulkOperationBase operation) {
		return (operation instanceof WriteOperation write) ? write.pipeline() : null;
	}

	/**
	 * The size of {@code ,"name":"value"}; the first field has no comma.
	 */
	private static long field(String name, @Nullable String value) {
		return (value != null) ? name.length() + value.length() + 6 : 0;
	}

	private static BinaryData binary(Object value, JsonpMapper mapper) {
		return (value instanceof BinaryData binary) ? binary : BinaryData.of(value, mapper);
	}

	private static <B extends BulkOperationBase.AbstractBuilder<B>> B base(BulkOperationBase from, B to,
			@Nullable String index) {
		return to.id(from.id())
			.index(index)
			.routing(from.routing())
			.ifPrimaryTerm(from.ifPrimaryTerm())
			.ifSeqNo(from.ifSeqNo())
			.version(from.version())
			.versionType(from.versionType());
	}

	private static <B extends WriteOperation.AbstractBuilder<B>> B write(WriteOperation from, B to,
			@Nullable String index) {
		B builder = base(from, to, index).pipeline(from.pipeline()).requireAlias(from.requireAlias());
		Map<String, String> dynamicTemplates = from.dynamicTemplates();
		// an undefined map copied as is would be sent as an empty one
		return ApiTypeHelper.isDefined(dynamicTemplates) && !dynamicTemplates.isEmpty()
				? builder.dynamicTemplates(dynamicTemplates) : builder;
	}

	private static UpdateOperation.Builder<Object, Object> update(UpdateOperation<Object, Object> from,
			UpdateOperation.Builder<Object, Object> to, @Nullable String index) {
		return base(from, to, index).requireAlias(from.requireAlias()).retryOnConflict(from.retryOnConflict());
	}

}
