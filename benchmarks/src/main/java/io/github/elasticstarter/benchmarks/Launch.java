package io.github.elasticstarter.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;

/**
 * One way to start the function from nothing, and how its first answer is recognised: a line
 * {@code ANSWERED ...} on its output (Node.js, the Azure stand-in), an HTTP answer on its port
 * (Google's invoker), or a response at the Lambda Runtime API (AWS's runtime interface client).
 * {@link #coldStart()} times a fresh process from its launch to that answer.
 *
 * @param name the contender's name in the report
 * @param command the command line, given the HTTP port to serve on (ignored where nothing serves)
 * @param environment the whole environment of the process, besides {@code PATH}
 * @param directory the working directory of the process
 * @param answer how the first answer arrives
 */
record Launch(String name, IntFunction<List<String>> command, Map<String, String> environment, Path directory,
		Answer answer) {

	private static final Duration LIMIT = Duration.ofMinutes(2);

	private static final HttpClient http = HttpClient.newHttpClient();

	enum Answer {

		/** A line that starts with {@code ANSWERED} on standard output. */
		OUTPUT_LINE,

		/** An HTTP answer to {@code GET /?q=zurch} on the port the command was given. */
		HTTP,

		/** A response posted to the Lambda Runtime API that the environment names. */
		LAMBDA_RUNTIME_API

	}

	/**
	 * Starts the process, waits for its first answer, then stops it.
	 * @return milliseconds from launch to the first answer, which named Zürich
	 */
	double coldStart() throws Exception {
		return run(false);
	}

	/**
	 * Starts the process, waits for its first answer, then lets it exit (asking a server to stop)
	 * and waits until it has, so that what it writes at exit (a class data archive, an
	 * ahead-of-time cache) is complete.
	 */
	void train() throws Exception {
		run(true);
	}

	/** Runs the command to its end, which must be a success: a JVM that only assembles a cache. */
	void runToExit() throws Exception {
		Process process = processBuilder(0).start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		if (!process.waitFor(LIMIT.toMillis(), TimeUnit.MILLISECONDS) || process.exitValue() != 0) {
			throw new IllegalStateException(this.name + " failed: " + output);
		}
	}

	private double run(boolean exitGracefully) throws Exception {
		int port = freePort();
		try (OneEventRuntimeApi lambda = new OneEventRuntimeApi("\"zurch\"")) {
			ProcessBuilder builder = processBuilder(port);
			if (this.answer == Answer.LAMBDA_RUNTIME_API) {
				builder.environment().put("AWS_LAMBDA_RUNTIME_API", lambda.address());
			}
			StringBuilder output = new StringBuilder();
			CompletableFuture<Long> answered = (this.answer == Answer.LAMBDA_RUNTIME_API)
					? lambda.answer().thenApply((answer) -> checked(answer.nanos(), answer.body(), !answer.error()))
					: new CompletableFuture<>();
			long launched = System.nanoTime();
			Process process = builder.start();
			try {
				Thread reader = new Thread(() -> read(process, output, answered), "output-of-" + this.name);
				reader.setDaemon(true);
				reader.start();
				if (this.answer == Answer.HTTP) {
					answered.complete(firstHttpAnswer(process, port));
				}
				long at = answered.get(LIMIT.toMillis(), TimeUnit.MILLISECONDS);
				if (exitGracefully) {
					if (this.answer != Answer.OUTPUT_LINE) {
						process.destroy(); // a server: asked to stop (those that print their answer exit by themselves)
					}
					if (!process.waitFor(LIMIT.toMillis(), TimeUnit.MILLISECONDS)) {
						throw new IllegalStateException(this.name + " did not exit in " + LIMIT);
					}
					reader.join(LIMIT.toMillis());
				}
				return (at - launched) / 1e6;
			}
			catch (Exception ex) {
				throw new IllegalStateException(this.name + " gave no answer: " + ex + "\n" + output, ex);
			}
			finally {
				process.destroyForcibly().waitFor(LIMIT.toMillis(), TimeUnit.MILLISECONDS);
			}
		}
	}

	/** The command in its directory, with nothing of this process's environment but {@code PATH}. */
	private ProcessBuilder processBuilder(int port) {
		ProcessBuilder builder = new ProcessBuilder(this.command.apply(port)).redirectErrorStream(true)
			.directory(this.directory.toFile());
		String path = builder.environment().get("PATH");
		builder.environment().clear();
		builder.environment().put("PATH", (path != null) ? path : "/usr/bin:/bin");
		builder.environment().putAll(this.environment);
		return builder;
	}

	private void read(Process process, StringBuilder output, CompletableFuture<Long> answered) {
		try (BufferedReader lines = new BufferedReader(
				new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
			for (String line = lines.readLine(); line != null; line = lines.readLine()) {
				if (this.answer == Answer.OUTPUT_LINE && line.startsWith("ANSWERED ") && !answered.isDone()) {
					answered.complete(checked(System.nanoTime(), line, true));
				}
				synchronized (output) {
					output.append(line).append('\n');
				}
			}
			answered.completeExceptionally(new IllegalStateException("exited with " + process.waitFor()));
		}
		catch (IOException | InterruptedException | RuntimeException ex) {
			answered.completeExceptionally(ex);
		}
	}

	/**
	 * Asks as soon as the port takes connections: a refused connection on the loopback interface
	 * is answered at once, so each attempt costs microseconds, and the next one follows 1 ms later.
	 */
	private long firstHttpAnswer(Process process, int port) throws Exception {
		long deadline = System.nanoTime() + LIMIT.toNanos();
		while (!accepts(port)) {
			if (!process.isAlive() || System.nanoTime() > deadline) {
				throw new IllegalStateException("never served on port " + port);
			}
			Thread.sleep(1);
		}
		HttpResponse<String> response = http.send(
				HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/?q=zurch")).timeout(LIMIT).build(),
				HttpResponse.BodyHandlers.ofString());
		return checked(System.nanoTime(), response.body(), response.statusCode() == 200);
	}

	private static boolean accepts(int port) {
		try (Socket socket = new Socket("127.0.0.1", port)) {
			return true;
		}
		catch (IOException refused) {
			return false;
		}
	}

	private long checked(long nanos, String answer, boolean success) {
		if (!success || !answer.contains("Zürich")) {
			throw new IllegalStateException(this.name + " answered without Zürich: " + answer);
		}
		return nanos;
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	/** {@code java} of the given home, then the options, then the rest. */
	static List<String> java(Path home, List<String> options, String... rest) {
		List<String> command = new ArrayList<>();
		command.add(home.resolve("bin/java").toString());
		command.addAll(options);
		command.addAll(List.of(rest));
		return command;
	}

}
