package io.github.elasticstarter.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.net.ssl.SSLContext;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A tiny HTTP server on 127.0.0.1 that records every request it receives and answers with the
 * queued responses, then with a default 200 response that the get, index and search APIs of
 * the Elasticsearch client can all parse.
 */
public final class RecordingServer implements AutoCloseable, AfterEachCallback {

	public static final String COMPATIBLE_JSON = "application/vnd.elasticsearch+json; compatible-with=9";

	public static final String DEFAULT_BODY = """
			{"_index":"i","_id":"1","found":true,"_source":{"a":1},"_version":1,"result":"created",\
			"_shards":{"total":1,"successful":1,"failed":0},"_seq_no":0,"_primary_term":1,\
			"took":1,"timed_out":false,"hits":{"total":{"value":0,"relation":"eq"},"hits":[]}}""";

	private final HttpServer server;

	private final ExecutorService executor = Executors.newCachedThreadPool();

	private final List<RecordedRequest> requests = new CopyOnWriteArrayList<>();

	private final Queue<Reply> replies = new ConcurrentLinkedQueue<>();

	private final BackgroundFailures failures = new BackgroundFailures("The recording server");

	private RecordingServer(HttpServer server) {
		this.server = server;
		this.server.setExecutor(this.executor);
		this.server.createContext("/", this::handleRecordingFailures);
		this.server.start();
	}

	/**
	 * A server for one test, closed after it: {@code @RegisterExtension final RecordingServer
	 * server = RecordingServer.forEachTest();}.
	 */
	public static RecordingServer forEachTest() {
		try {
			return start();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void afterEach(ExtensionContext context) {
		close();
	}

	public static RecordingServer start() throws IOException {
		return new RecordingServer(HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0));
	}

	/**
	 * Start an HTTPS server presenting the certificate of the given TLS context.
	 */
	public static RecordingServer startHttps(SSLContext tls) throws IOException {
		HttpsServer server = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		server.setHttpsConfigurator(new HttpsConfigurator(tls));
		return new RecordingServer(server);
	}

	public int port() {
		return this.server.getAddress().getPort();
	}

	public String url() {
		return "http://127.0.0.1:" + port();
	}

	/**
	 * Queue a response for the next request that has no response queued yet.
	 */
	public RecordingServer enqueue(int status, String json) {
		return enqueue(status, Map.of(), json);
	}

	public RecordingServer enqueue(int status, Map<String, String> headers, String json) {
		this.replies.add(new Reply(status, headers, json));
		return this;
	}

	/**
	 * An Elasticsearch error body with the given status.
	 */
	public RecordingServer enqueueError(int status) {
		return enqueue(status, "{\"error\":{\"type\":\"test_error\",\"reason\":\"status " + status + "\"},\"status\":"
				+ status + "}");
	}

	public List<RecordedRequest> requests() {
		return List.copyOf(this.requests);
	}

	@Override
	public void close() {
		this.server.stop(0);
		this.executor.shutdownNow();
		this.failures.rethrow();
	}

	private void handleRecordingFailures(HttpExchange exchange) throws IOException {
		try {
			handle(exchange);
		}
		catch (IOException | RuntimeException | Error ex) {
			this.failures.record(ex);
			throw ex;
		}
	}

	private void handle(HttpExchange exchange) throws IOException {
		long arrival = System.nanoTime();
		try (exchange; InputStream in = exchange.getRequestBody()) {
			Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
			exchange.getRequestHeaders().forEach((name, values) -> headers.put(name, List.copyOf(values)));
			this.requests.add(new RecordedRequest(exchange.getRequestMethod(), exchange.getRequestURI().getRawPath(),
					exchange.getRequestURI().getRawQuery(), headers, in.readAllBytes(), arrival));
			Reply reply = this.replies.poll();
			if (reply == null) {
				reply = new Reply(200, Map.of(), DEFAULT_BODY);
			}
			byte[] body = reply.json().getBytes(StandardCharsets.UTF_8);
			exchange.getResponseHeaders().set("Content-Type", COMPATIBLE_JSON);
			exchange.getResponseHeaders().set("X-Elastic-Product", "Elasticsearch");
			reply.headers().forEach(exchange.getResponseHeaders()::set);
			exchange.sendResponseHeaders(reply.status(), (body.length > 0) ? body.length : -1);
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(body);
			}
		}
	}

	public record Reply(int status, Map<String, String> headers, String json) {
	}

	/**
	 * One request as the server received it; header names are case-insensitive.
	 */
	public record RecordedRequest(String method, String path, String query, Map<String, List<String>> headers, byte[] body,
			long nanoTime) {

		public List<String> headers(String name) {
			return this.headers.getOrDefault(name, new ArrayList<>());
		}

		public String header(String name) {
			List<String> values = headers(name);
			return values.isEmpty() ? null : values.get(0);
		}

		public String bodyAsString() {
			return new String(this.body, StandardCharsets.UTF_8);
		}

	}

}
