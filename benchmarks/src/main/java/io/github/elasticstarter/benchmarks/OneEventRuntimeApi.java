package io.github.elasticstarter.benchmarks;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * The Lambda Runtime API (2018-06-01) for a runtime's first invocation only: {@code next} hands
 * out one event, and the moment its {@code response} (or an {@code error}) arrives is the end of
 * the cold start. Later {@code next} calls are left waiting, as on Lambda between invocations.
 */
final class OneEventRuntimeApi implements AutoCloseable {

	private static final String RUNTIME = "/2018-06-01/runtime";

	private final HttpServer server;

	private final String event;

	private final CompletableFuture<Answer> answer = new CompletableFuture<>();

	private boolean handedOut;

	/** When the runtime's answer arrived ({@link System#nanoTime()}) and what it said. */
	record Answer(long nanos, boolean error, String body) {
	}

	OneEventRuntimeApi(String event) throws IOException {
		this.event = event;
		this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		this.server.createContext(RUNTIME + "/invocation/", this::invocation);
		this.server.createContext(RUNTIME + "/init/error", (exchange) -> answer(exchange, true));
		this.server.start();
	}

	/** What {@code AWS_LAMBDA_RUNTIME_API} says. */
	String address() {
		return "127.0.0.1:" + this.server.getAddress().getPort();
	}

	CompletableFuture<Answer> answer() {
		return this.answer;
	}

	private void invocation(HttpExchange exchange) throws IOException {
		String path = exchange.getRequestURI().getPath();
		if (path.endsWith("/next")) {
			synchronized (this) {
				if (this.handedOut) {
					return; // the runtime waits for a second event that never comes
				}
				this.handedOut = true;
			}
			byte[] body = this.event.getBytes(StandardCharsets.UTF_8);
			exchange.getResponseHeaders().add("Lambda-Runtime-Aws-Request-Id", "cold-start");
			exchange.getResponseHeaders().add("Lambda-Runtime-Deadline-Ms",
					String.valueOf(System.currentTimeMillis() + 60_000));
			exchange.getResponseHeaders().add("Lambda-Runtime-Invoked-Function-Arn",
					"arn:aws:lambda:local:000000000000:function:searchCities");
			// The client's native part reads this one without checking that it is there.
			exchange.getResponseHeaders().add("Lambda-Runtime-Trace-Id", "Root=1-00000000-000000000000000000000000");
			exchange.getResponseHeaders().add("Content-Type", "application/json");
			exchange.sendResponseHeaders(200, body.length);
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(body);
			}
			return;
		}
		answer(exchange, path.endsWith("/error"));
	}

	private void answer(HttpExchange exchange, boolean error) throws IOException {
		long arrived = System.nanoTime();
		String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
		exchange.sendResponseHeaders(202, -1);
		exchange.close();
		this.answer.complete(new Answer(arrived, error, body));
	}

	@Override
	public void close() {
		this.server.stop(0);
	}

}
