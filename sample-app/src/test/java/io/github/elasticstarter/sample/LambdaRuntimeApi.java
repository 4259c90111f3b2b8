package io.github.elasticstarter.sample;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.jspecify.annotations.Nullable;

/**
 * The Lambda Runtime API, version 2018-06-01, as the runtime interface emulator serves it to a
 * runtime: {@code GET /runtime/invocation/next} hands out the next event with its
 * {@code Lambda-Runtime-Aws-Request-Id} and {@code Lambda-Runtime-Deadline-Ms} headers (waiting
 * until there is one), {@code POST /runtime/invocation/{id}/response} and {@code .../error}
 * take its outcome, {@code POST /runtime/init/error} a failed initialization. The test
 * {@linkplain #invoke invokes} the function through it, as Lambda's service does.
 */
final class LambdaRuntimeApi implements AutoCloseable {

	private static final String RUNTIME = "/2018-06-01/runtime";

	/** How long one invocation may take, as the function's timeout setting does on Lambda. */
	private static final Duration FUNCTION_TIMEOUT = Duration.ofSeconds(60);

	/** How long {@code next} waits for an event before it gives up (the runtime then asks again). */
	private static final Duration NEXT_WAIT = Duration.ofMinutes(5);

	private final HttpServer server;

	private final ExecutorService executor = Executors.newCachedThreadPool();

	private final BlockingQueue<Map.Entry<String, String>> events = new LinkedBlockingQueue<>();

	private final Map<String, CompletableFuture<Outcome>> outcomes = new ConcurrentHashMap<>();

	private final CompletableFuture<Outcome> initError = new CompletableFuture<>();

	static {
		// Answers without Nagle's delay, as the emulator's: else each exchange waits for a delayed ACK.
		System.setProperty("sun.net.httpserver.nodelay", "true");
	}

	private LambdaRuntimeApi() throws IOException {
		this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		this.server.setExecutor(this.executor);
		this.server.createContext(RUNTIME + "/invocation/", this::invocation);
		this.server.createContext(RUNTIME + "/init/error", (exchange) -> {
			this.initError.complete(outcome(exchange, true));
			respond(exchange, 202, "{\"status\":\"OK\"}");
		});
		this.server.start();
	}

	static LambdaRuntimeApi start() throws IOException {
		return new LambdaRuntimeApi();
	}

	/** The value of {@code AWS_LAMBDA_RUNTIME_API}: {@code host:port}. */
	String address() {
		return "127.0.0.1:" + this.server.getAddress().getPort();
	}

	/**
	 * Sends an event to the runtime and waits for its outcome.
	 */
	Outcome invoke(String event) throws InterruptedException {
		String requestId = UUID.randomUUID().toString();
		CompletableFuture<Outcome> outcome = new CompletableFuture<>();
		this.outcomes.put(requestId, outcome);
		this.events.add(Map.entry(requestId, event));
		try {
			return outcome.get(FUNCTION_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
		}
		catch (ExecutionException | TimeoutException ex) {
			throw new AssertionError("No outcome for invocation " + requestId + " within " + FUNCTION_TIMEOUT, ex);
		}
		finally {
			this.outcomes.remove(requestId);
		}
	}

	/** The initialization error the runtime reported, waiting at most {@code timeout} for it. */
	Outcome awaitInitError(Duration timeout) throws InterruptedException {
		try {
			return this.initError.get(timeout.toSeconds(), TimeUnit.SECONDS);
		}
		catch (ExecutionException | TimeoutException ex) {
			throw new AssertionError("The runtime reported no initialization error within " + timeout, ex);
		}
	}

	private void invocation(HttpExchange exchange) throws IOException {
		String path = exchange.getRequestURI().getPath().substring((RUNTIME + "/invocation/").length());
		if (path.equals("next") && exchange.getRequestMethod().equals("GET")) {
			next(exchange);
			return;
		}
		int slash = path.indexOf('/');
		CompletableFuture<Outcome> outcome = (slash > 0) ? this.outcomes.get(path.substring(0, slash)) : null;
		String kind = (slash > 0) ? path.substring(slash + 1) : "";
		if (outcome == null || !exchange.getRequestMethod().equals("POST")
				|| !(kind.equals("response") || kind.equals("error"))) {
			respond(exchange, 400, "{\"errorMessage\":\"Unknown request\",\"errorType\":\"InvalidRequestID\"}");
			return;
		}
		outcome.complete(outcome(exchange, kind.equals("error")));
		respond(exchange, 202, "{\"status\":\"OK\"}");
	}

	private void next(HttpExchange exchange) throws IOException {
		Map.Entry<String, String> event;
		try {
			event = this.events.poll(NEXT_WAIT.toSeconds(), TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			event = null;
		}
		if (event == null) {
			respond(exchange, 500, "{\"errorMessage\":\"No event\",\"errorType\":\"NoEvent\"}");
			return;
		}
		exchange.getResponseHeaders().add("Lambda-Runtime-Aws-Request-Id", event.getKey());
		exchange.getResponseHeaders()
			.add("Lambda-Runtime-Deadline-Ms", String.valueOf(System.currentTimeMillis() + FUNCTION_TIMEOUT.toMillis()));
		exchange.getResponseHeaders()
			.add("Lambda-Runtime-Invoked-Function-Arn", "arn:aws:lambda:local:000000000000:function:searchCities");
		exchange.getResponseHeaders().add("Lambda-Runtime-Trace-Id", "Root=1-00000000-000000000000000000000000;Sampled=0");
		respond(exchange, 200, event.getValue());
	}

	private static Outcome outcome(HttpExchange exchange, boolean error) throws IOException {
		try (InputStream body = exchange.getRequestBody()) {
			return new Outcome(error, new String(body.readAllBytes(), StandardCharsets.UTF_8),
					exchange.getRequestHeaders().getFirst("Lambda-Runtime-Function-Error-Type"));
		}
	}

	private static void respond(HttpExchange exchange, int status, String body) throws IOException {
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().add("Content-Type", "application/json");
		exchange.sendResponseHeaders(status, bytes.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(bytes);
		}
	}

	@Override
	public void close() {
		this.server.stop(0);
		this.executor.shutdownNow();
	}

	/**
	 * What the runtime posted for an invocation or its initialization.
	 *
	 * @param error whether it was an error
	 * @param body the response, or the error as JSON ({@code errorMessage}, {@code errorType})
	 * @param errorType the {@code Lambda-Runtime-Function-Error-Type} header, if any
	 */
	record Outcome(boolean error, String body, @Nullable String errorType) {
	}

}
