package io.github.elasticstarter.localnode;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * One running Elasticsearch node: started with {@code bin/elasticsearch -d -p pidfile} in a fresh {@link NodeRun} as
 * the {@link NodeUser}, considered up once {@code GET /_cluster/health} answers (the distribution has no handler for
 * {@code GET /}), stopped by signalling its pid.
 */
final class NodeProcess {

	private static final Log logger = LogFactory.getLog(NodeProcess.class);

	private static final int LOG_TAIL_LINES = 50;

	private static final Duration TOOL_TIMEOUT = Duration.ofMinutes(2);

	private final NodeInstallation installation;
	private final NodeUser user;
	private final Map<String, String> environment;
	private final NodeRun run;
	private final URI baseUri;
	private final NodeHttpClient http;
	private final String nodeName;
	private final Duration startupTimeout;
	private volatile Duration startupTime;

	private NodeProcess(NodeInstallation installation, NodeUser user, Map<String, String> environment, NodeRun run,
			URI baseUri, NodeHttpClient http, String nodeName, Duration startupTimeout) {
		this.installation = installation;
		this.user = user;
		this.environment = environment;
		this.run = run;
		this.baseUri = baseUri;
		this.http = http;
		this.nodeName = nodeName;
		this.startupTimeout = startupTimeout;
	}

	/** Starts a single node and waits until its cluster health answers; fails with the tail of its logs. */
	static NodeProcess start(NodeInstallation installation, NodeUser user, Path javaHome, CaCertificate ca,
			NodeOptions options) {
		int[] ports = FreePorts.pick(2);
		NodeProcess node = prepare(installation, user, javaHome, ca, options, NodeOptions.Membership.SINGLE, ports[0],
				ports[1]);
		node.launch(options.startupTimeout());
		return node;
	}

	/**
	 * Prepares the folder and configuration of a node without launching it ({@link #launch} does), so that the
	 * members of a cluster can be launched together.
	 */
	static NodeProcess prepare(NodeInstallation installation, NodeUser user, Path javaHome, CaCertificate ca,
			NodeOptions options, NodeOptions.Membership membership, int httpPort, int transportPort) {
		NodeRun.reapOrphans(installation.runsDirectory());
		boolean secure = options.https();
		NodeRun run;
		URI baseUri;
		try {
			run = NodeRun.create(installation, (secure ? "https" : "http")
					+ (membership.single() ? "" : "-" + membership.nodeName()));
			NodeConfiguration.write(run, httpPort, transportPort, options, membership);
			user.own(run.directory());
			baseUri = URI.create((secure ? "https" : "http") + "://127.0.0.1:" + httpPort + "/");
		}
		catch (IOException ex) {
			throw new LocalElasticsearchException("Could not prepare a node folder under "
					+ installation.runsDirectory(), ex);
		}
		Map<String, String> environment = Map.of("ES_JAVA_HOME", javaHome.toString(),
				"ES_PATH_CONF", run.config().toString(),
				"ES_TMPDIR", run.tmp().toString(),
				"ES_JAVA_OPTS", "-Xms512m -Xmx512m");
		// A certificate of the caller's own may be broken on purpose (expired, another host): the node's own
		// administration channel must reach it anyway.
		NodeHttpClient http = new NodeHttpClient(baseUri,
				options.customCertificate() ? NodeHttpClient.acceptingAnyCertificate() : ca.sslContext(),
				NodeInstallation.SUPERUSER_NAME, installation.superuserPassword());
		return new NodeProcess(installation, user, environment, run, baseUri, http, membership.nodeName(),
				options.startupTimeout());
	}

	void launch(Duration timeout) {
		long started = System.nanoTime();
		long deadline = started + timeout.toNanos();
		try {
			String launcher = installation.home().resolve("bin/elasticsearch").toString();
			CommandRunner.run(user.command(List.of(launcher, "-d", "-p", run.pidFile().toString())), environment,
					run.directory(), run.launcherOutput(), timeout);
			awaitHealthy(deadline);
			startupTime = Duration.ofNanos(System.nanoTime() - started);
		}
		catch (RuntimeException ex) {
			run.nodeProcess().ifPresent(NodeRun::terminate);
			String message = "Elasticsearch " + installation.version() + " failed to start at " + baseUri + ": "
					+ ex.getMessage().lines().findFirst().orElse("") + "\nNode folder: " + run.directory()
					+ "\n--- last lines of " + run.nodeLog() + " ---\n" + FileTrees.tail(run.nodeLog(), LOG_TAIL_LINES)
					+ "\n--- last lines of " + run.launcherOutput() + " ---\n"
					+ FileTrees.tail(run.launcherOutput(), LOG_TAIL_LINES);
			logger.error(message);
			throw new LocalElasticsearchException(message, ex);
		}
	}

	private void awaitHealthy(long deadline) {
		Polling.waitUntil("cluster health yellow or green", Duration.ofNanos(deadline - System.nanoTime()), (seen) -> {
			if (run.nodeProcess().isEmpty()) {
				throw new LocalElasticsearchException("the node process is not running");
			}
			HttpResponse<String> response = http.get("_cluster/health?wait_for_status=yellow&timeout=1s");
			seen.accept("HTTP " + response.statusCode() + " " + response.body());
			return response.statusCode() == 200 && isYellowOrGreen(response.body());
		});
	}

	/** @return whether a {@code GET /_cluster/health} answer reports status yellow or green */
	static boolean isYellowOrGreen(String health) {
		try {
			String status = NodeJson.read(health, "GET /_cluster/health").path("status").asString();
			return "yellow".equals(status) || "green".equals(status);
		}
		catch (LocalElasticsearchException notJson) {
			return false;
		}
	}

	/** @return whether start-up failed because a picked port was taken meanwhile */
	static boolean isPortConflict(LocalElasticsearchException failure) {
		String message = String.valueOf(failure.getMessage());
		return message.contains("BindException") || message.contains("Address already in use");
	}

	/**
	 * Runs one of the distribution's command-line tools against this node's configuration.
	 * @return the tool's output
	 */
	String runTool(String tool, String... arguments) {
		List<String> command = new ArrayList<>(List.of(installation.home().resolve("bin").resolve(tool).toString()));
		command.addAll(List.of(arguments));
		return CommandRunner.run(user.command(command), environment, run.directory(), TOOL_TIMEOUT);
	}

	/** Hands {@code path} and everything below it to the node's user. */
	void own(Path path) {
		user.own(path);
	}

	/** Stops the node (SIGTERM, then SIGKILL after 30 s) and deletes its folder. Safe to call twice. */
	synchronized void stop() {
		run.nodeProcess().ifPresent(NodeRun::terminate);
		FileTrees.deleteQuietly(run.directory());
	}

	/** Stops the node's process (SIGTERM, then SIGKILL after 30 s), keeping its folder, data and ports. */
	synchronized void stopKeepingData() {
		run.nodeProcess().ifPresent(NodeRun::terminate);
	}

	/** Kills the node's process at once (SIGKILL), as a crash would, keeping its folder, data and ports. */
	synchronized void kill() {
		run.nodeProcess().ifPresent(NodeRun::kill);
	}

	/** Starts a stopped or killed node again on the same ports, configuration and data, and waits until healthy. */
	synchronized void startAgain() {
		if (isRunning()) {
			throw new IllegalStateException("The node at " + baseUri + " is running");
		}
		try {
			Files.deleteIfExists(run.pidFile());
		}
		catch (IOException ex) {
			throw new LocalElasticsearchException("Could not delete " + run.pidFile(), ex);
		}
		launch(startupTimeout);
	}

	boolean isRunning() {
		return run.nodeProcess().isPresent();
	}

	URI baseUri() {
		return baseUri;
	}

	NodeHttpClient http() {
		return http;
	}

	Duration startupTime() {
		return startupTime;
	}

	NodeRun run() {
		return run;
	}

	String nodeName() {
		return nodeName;
	}
}
