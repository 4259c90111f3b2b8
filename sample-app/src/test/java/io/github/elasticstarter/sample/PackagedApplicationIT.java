package io.github.elasticstarter.sample;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * The packaged jar, started the way the README says ({@code java -jar elastic-sample-app.jar}),
 * on the embedded default: no connection configured, so the development services start a
 * local node, and the data set is loaded; also with Spring AOT processing and with lazy
 * initialization. Run by Failsafe after {@code package}.
 */
class PackagedApplicationIT {

	/** Installing the node on a machine that never ran it, plus loading every city, on 2 slow cores. */
	private static final Duration READY_DEADLINE = Duration.ofMinutes(5);

	private static final Duration STOP_TIMEOUT = Duration.ofSeconds(60);

	/** Variables that would point the application elsewhere or change its configuration. */
	private static final List<String> CONFIGURING_PREFIXES = List.of("ELASTIC_", "SPRING_", "SAMPLE_", "SERVER_",
			"MANAGEMENT_", "LOGGING_", "JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS", "_JAVA_OPTIONS", "MAIN_CLASS");

	/** Where the local node keeps its files: not a connection, and shared with the build's own node. */
	private static final List<String> KEPT = List.of("ELASTIC_LOCAL_NODE_DIR", "ELASTIC_LOCAL_NODE_DISTRIBUTION");

	/** The local node's address, from the starter's log line about it. */
	private static final Pattern NODE_URI = Pattern.compile("uses the local node \\S+ at (https?://\\S+/)");

	/** The local node's folder, which holds its pid file while it runs, from the node's start-up line. */
	private static final Pattern NODE_FOLDER = Pattern
		.compile("Elasticsearch \\S+ started at \\S+ .*folder (/[^)\\s]+)\\)");

	private Process application;

	private Thread killOnJvmExit;

	/**
	 * The node the application started. Not a child of the application: the node's launcher
	 * daemonizes it ({@code bin/elasticsearch -d}), so only its pid file and port tell it apart.
	 */
	private LocalNode node;

	/**
	 * How the jar is started: as the README says, with the AOT-processed context, and with lazy
	 * initialization (the last two on part of the data, to keep the build short).
	 */
	static Stream<Arguments> launches() {
		return Stream.of(arguments("as the README says", List.of(), List.of(), "171,075"),
				arguments("with AOT", List.of("-Dspring.aot.enabled=true"),
						List.of("--sample.data.limit=25000", "--elastic.local-node.keep-data=false"), "25,000"),
				arguments("lazily", List.of(), List.of("--spring.main.lazy-initialization=true",
						"--sample.data.limit=25000", "--elastic.local-node.keep-data=false"), "25,000"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("launches")
	@Timeout(value = 8, unit = TimeUnit.MINUTES)
	void servesSearchesFromThePackagedJarOnTheEmbeddedNode(String launch, List<String> jvmOptions,
			List<String> arguments, String loaded) throws IOException {
		Path jar = Path.of(System.getProperty("sample.jar", "target/elastic-sample-app.jar"));
		assertThat(jar).isRegularFile();
		int port = freePort();
		Path workingDirectory = Files.createDirectories(Path.of("target", "packaged-app-it",
				launch.replaceAll("\\W+", "-")));
		Path log = workingDirectory.resolve("application.log");

		long startNanos = System.nanoTime();
		this.application = start(jar, jvmOptions, arguments, port, workingDirectory, log);
		ApiClient api = new ApiClient(port);
		await("the application to report UP on /actuator/health").atMost(READY_DEADLINE)
			.pollInterval(Duration.ofMillis(500))
			.ignoreExceptionsInstanceOf(IllegalStateException.class) // not listening yet
			.until(() -> isUp(api, log));
		double readySeconds = (System.nanoTime() - startNanos) / 1e9;
		this.node = LocalNode.startedBy(log);
		assertThat(this.node.process()).as("the node's process, from its pid file").isPresent();
		assertThat(this.node.acceptsConnections()).as("the node's port %d accepts connections", this.node.port())
			.isTrue();

		ApiClient.Reply search = api.get("/cities/search?q=zurch&size=5");
		assertThat(search.status()).isEqualTo(200);
		assertThat(search.json().get(0).get("name").asString()).isEqualTo("Zürich");
		JsonNode health = api.get("/actuator/health").json();
		assertThat(health.at("/components/elastic/status").asString()).isEqualTo("UP");
		assertThat(Files.readString(log)).contains("No Elasticsearch connection is configured")
			.containsAnyOf("Loaded " + loaded + " cities: " + loaded + " stored, 0 failed",
					"exists with " + loaded + " cities: not loading")
			.contains("Try: curl 'http://localhost:" + port + "/cities/search?q=zurich'");

		System.out.printf("Packaged application started %s ready (node started, %s cities loaded) in %.1f s%n", launch,
				loaded, readySeconds);
		Files.readAllLines(log).stream()
			.filter((line) -> line.contains("localnode.") || line.contains(loaded + " cities")
					|| line.contains("Ready in"))
			.forEach(System.out::println);
	}

	private Process start(Path jar, List<String> jvmOptions, List<String> arguments, int port, Path workingDirectory,
			Path log) throws IOException {
		List<String> command = new ArrayList<>(
				List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
		String mavenRepository = System.getProperty("maven.repo.local");
		if (mavenRepository != null) {
			// Where the build put the Elasticsearch distribution, if not the default ~/.m2/repository.
			command.add("-Dmaven.repo.local=" + mavenRepository);
		}
		String keptData = System.getProperty("elastic.local-node.data-dir");
		if (keptData != null) {
			// The build's own folder for kept data: never the data the sample keeps for its user.
			command.add("-Delastic.local-node.data-dir=" + keptData);
		}
		command.addAll(jvmOptions);
		command.addAll(List.of("-jar", jar.toAbsolutePath().toString(), "--server.port=" + port));
		command.addAll(arguments);
		ProcessBuilder builder = new ProcessBuilder(command).directory(workingDirectory.toFile())
			.redirectErrorStream(true)
			.redirectOutput(log.toFile());
		removeConfiguringVariables(builder.environment());
		Process process = builder.start();
		this.killOnJvmExit = new Thread(() -> killTree(process), "kill-packaged-app");
		Runtime.getRuntime().addShutdownHook(this.killOnJvmExit);
		return process;
	}

	/** Only what the README's command line says counts: nothing inherited may configure the child. */
	private static void removeConfiguringVariables(Map<String, String> environment) {
		environment.keySet()
			.removeIf((name) -> !KEPT.contains(name)
					&& CONFIGURING_PREFIXES.stream().anyMatch((prefix) -> name.toUpperCase().startsWith(prefix)));
	}

	private boolean isUp(ApiClient api, Path log) throws IOException {
		if (!this.application.isAlive()) {
			throw new AssertionError("The application exited with " + this.application.exitValue() + ":\n"
					+ tail(log));
		}
		ApiClient.Reply health = api.get("/actuator/health");
		return health.status() == 200 && "UP".equals(health.json().get("status").asString());
	}

	/**
	 * Stops the application (SIGTERM: Spring shuts down, the local node's shutdown hook stops the
	 * node), then kills whatever of its process tree is left, also when the test failed.
	 */
	@AfterEach
	void stopTheApplicationAndItsNode() {
		if (this.application == null) {
			return;
		}
		List<ProcessHandle> tree = killTree(this.application);
		Runtime.getRuntime().removeShutdownHook(this.killOnJvmExit);
		assertThat(tree).as("processes of the application").noneMatch(ProcessHandle::isAlive);
		if (this.node != null) {
			LocalNode stopped = this.node;
			Optional<ProcessHandle> process = stopped.process();
			boolean gone = process.map((handle) -> awaitExit(handle, STOP_TIMEOUT)).orElse(true);
			process.filter(ProcessHandle::isAlive).ifPresent(PackagedApplicationIT::kill); // do not leak it
			assertThat(gone).as("the node (pid %s) ended with the application", process.map(ProcessHandle::pid))
				.isTrue();
			await("the node's port " + stopped.port() + " to refuse connections").atMost(STOP_TIMEOUT)
				.pollInterval(Duration.ofMillis(200))
				.until(() -> !stopped.acceptsConnections());
		}
	}

	private static List<ProcessHandle> killTree(Process process) {
		List<ProcessHandle> tree = new ArrayList<>(process.descendants().toList());
		tree.add(process.toHandle());
		process.destroy();
		try {
			if (!process.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
				process.destroyForcibly();
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		for (ProcessHandle handle : tree) {
			// The node stops on its own shortly after the application: give it the time, then insist.
			handle.onExit().completeOnTimeout(handle, STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS).join();
			if (handle.isAlive()) {
				handle.destroyForcibly();
				handle.onExit().completeOnTimeout(handle, STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS).join();
			}
		}
		return tree;
	}

	private static boolean awaitExit(ProcessHandle process, Duration timeout) {
		process.onExit().completeOnTimeout(process, timeout.toSeconds(), TimeUnit.SECONDS).join();
		return !process.isAlive();
	}

	private static void kill(ProcessHandle process) {
		process.destroyForcibly();
		awaitExit(process, STOP_TIMEOUT);
	}

	private static String tail(Path log) throws IOException {
		List<String> lines = Files.readAllLines(log);
		return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
	}

	/**
	 * The application's local node, known from the log: its port, and its pid, read from the pid
	 * file in its folder while it runs (stopping deletes the folder).
	 */
	private record LocalNode(int port, Optional<ProcessHandle> process) {

		static LocalNode startedBy(Path log) throws IOException {
			String output = Files.readString(log);
			URI uri = URI.create(find(NODE_URI, output));
			Path pidFile = Path.of(find(NODE_FOLDER, output), "elasticsearch.pid");
			Optional<ProcessHandle> process = Files.isRegularFile(pidFile)
					? ProcessHandle.of(Long.parseLong(Files.readString(pidFile).trim())) : Optional.empty();
			return new LocalNode(uri.getPort(), process);
		}

		private static String find(Pattern pattern, String output) {
			Matcher matcher = pattern.matcher(output);
			if (!matcher.find()) {
				throw new AssertionError("No line matching " + pattern + " in the application's log");
			}
			return matcher.group(1);
		}

		boolean acceptsConnections() {
			try (Socket socket = new Socket()) {
				socket.connect(new InetSocketAddress("127.0.0.1", this.port), 1000);
				return true;
			}
			catch (IOException ex) {
				return false;
			}
		}

	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
