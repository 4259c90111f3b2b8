package io.github.elasticstarter.bulk;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.awaitility.Awaitility.await;

/**
 * A loopback HTTP server that speaks enough of the bulk API to test loads on the wire: it
 * records every bulk request (path and NDJSON lines) and answers each item with the status a
 * test chooses, or answers a whole request with an error status, or never answers.
 * {@code RecordingServer} answers from a queue of fixed bodies; bulk responses must mirror the
 * items of each request.
 */
final class BulkServer implements AutoCloseable, AfterEachCallback {

	/** Queued request status that means: never answer. */
	static final int SILENT = 0;

	private static final JsonMapper json = JsonMapper.builder().build();

	private final HttpServer server;

	private final ExecutorService executor = Executors.newCachedThreadPool();

	private final List<BulkCall> calls = new CopyOnWriteArrayList<>();

	private final Queue<Integer> requestStatuses = new ConcurrentLinkedQueue<>();

	private final CountDownLatch closed = new CountDownLatch(1);

	private volatile BiFunction<Integer, String, Integer> itemStatus = (call, id) -> 201;

	private volatile boolean silent;

	BulkServer() {
		try {
			this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		this.server.setExecutor(this.executor);
		this.server.createContext("/", this::handle);
		this.server.start();
	}

	String url() {
		return "http://127.0.0.1:" + this.server.getAddress().getPort();
	}

	/**
	 * Answer each item with the status returned for the number of its request (0 for the
	 * first) and its id.
	 */
	BulkServer itemStatus(BiFunction<Integer, String, Integer> itemStatus) {
		this.itemStatus = itemStatus;
		return this;
	}

	/**
	 * Answer the next request that has none queued with this status, or never answer it
	 * ({@link #SILENT}).
	 */
	BulkServer enqueueRequestStatus(int status) {
		this.requestStatuses.add(status);
		return this;
	}

	/**
	 * Never answer any request from now on.
	 */
	BulkServer silent() {
		this.silent = true;
		return this;
	}

	List<BulkCall> calls() {
		return List.copyOf(this.calls);
	}

	List<BulkCall> awaitCalls(int count) {
		await().atMost(Duration.ofSeconds(10)).until(() -> this.calls.size() >= count);
		return calls();
	}

	@Override
	public void afterEach(ExtensionContext context) {
		close();
	}

	@Override
	public void close() {
		this.closed.countDown();
		this.server.stop(0);
		this.executor.shutdownNow();
	}

	private void handle(HttpExchange exchange) throws IOException {
		try (exchange; InputStream in = exchange.getRequestBody()) {
			String body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			BulkCall call = new BulkCall(exchange.getRequestURI().getRawPath(), body.lines().toList(),
					body.getBytes(StandardCharsets.UTF_8).length);
			int number = this.calls.size();
			this.calls.add(call);
			Integer requestStatus = this.requestStatuses.poll();
			if (this.silent || (requestStatus != null && requestStatus == SILENT)) {
				this.closed.await(30, TimeUnit.SECONDS);
				return;
			}
			if (requestStatus != null) {
				respond(exchange, requestStatus, "{\"error\":{\"type\":\"test_error\",\"reason\":\"status "
						+ requestStatus + "\"},\"status\":" + requestStatus + "}");
				return;
			}
			respond(exchange, 200, bulkResponse(number, call));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private String bulkResponse(int number, BulkCall call) {
		StringBuilder items = new StringBuilder();
		boolean errors = false;
		for (Map.Entry<String, JsonNode> action : call.actions()) {
			JsonNode meta = action.getValue();
			String id = meta.has("_id") ? meta.get("_id").asString() : "auto-" + number + "-" + items.length();
			String index = meta.has("_index") ? meta.get("_index").asString() : call.path().split("/")[1];
			int status = this.itemStatus.apply(number, id);
			errors |= status >= 300;
			items.append((items.length() > 0) ? "," : "")
				.append("{\"")
				.append(action.getKey())
				.append("\":{\"_index\":\"")
				.append(index)
				.append("\",\"_id\":\"")
				.append(id)
				.append("\",\"status\":")
				.append(status)
				.append((status == 429) ? ",\"error\":{\"type\":\"es_rejected_execution_exception\",\"reason\":"
						+ "\"rejected execution of coordinating operation\"}" : "")
				.append(hasItemError(action.getKey(), status) ? ",\"error\":{\"type\":\"test_item_error\",\"reason\":"
						+ "\"item status " + status + "\"}" : "")
				.append("}}");
		}
		return "{\"took\":1,\"errors\":" + errors + ",\"items\":[" + items + "]}";
	}

	/**
	 * Like Elasticsearch, a delete of a missing document answers 404 without an error.
	 */
	private static boolean hasItemError(String kind, int status) {
		return status >= 300 && status != 429 && !(kind.equals("delete") && status == 404);
	}

	private void respond(HttpExchange exchange, int status, String body) throws IOException {
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().set("Content-Type", "application/vnd.elasticsearch+json; compatible-with=9");
		exchange.getResponseHeaders().set("X-Elastic-Product", "Elasticsearch");
		exchange.sendResponseHeaders(status, bytes.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(bytes);
		}
	}

	/**
	 * One bulk request as received.
	 */
	record BulkCall(String path, List<String> lines, int bytes) {

		/**
		 * The action lines: operation kind and metadata, in order.
		 */
		List<Map.Entry<String, JsonNode>> actions() {
			List<Map.Entry<String, JsonNode>> actions = new ArrayList<>();
			for (int i = 0; i < this.lines.size(); i++) {
				JsonNode action = json.readTree(this.lines.get(i));
				String kind = action.propertyNames().iterator().next();
				actions.add(Map.entry(kind, action.get(kind)));
				if (!kind.equals("delete")) {
					i++;
				}
			}
			return actions;
		}

		List<String> ids() {
			return actions().stream().map((action) -> action.getValue().path("_id").asString()).toList();
		}

	}

}
