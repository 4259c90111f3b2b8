package io.github.elasticstarter.localnode;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * The folder of one node start: its own {@code config/} (copied from the installation), {@code data/}, {@code logs/},
 * {@code tmp/}, the pid file and the pid of the JVM that owns it. Deleted when the node stops; a run whose owning JVM
 * died without stopping its node is cleaned up by {@link #reapOrphans}.
 */
record NodeRun(Path directory) {

	private static final Log logger = LogFactory.getLog(NodeRun.class);

	private static final String OWNER_PID = "owner.pid";

	/** Creates a fresh run folder for a node started from {@code installation}. */
	static NodeRun create(NodeInstallation installation, String label) throws IOException {
		String name = label + "-" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")) + "-"
				+ UUID.randomUUID().toString().substring(0, 8);
		NodeRun run = new NodeRun(installation.runsDirectory().resolve(name));
		Files.createDirectories(run.directory());
		FileTrees.copy(installation.config(), run.config());
		Files.createDirectories(run.data());
		Files.createDirectories(run.logs());
		Files.createDirectories(run.tmp());
		Files.writeString(run.directory().resolve(OWNER_PID), Long.toString(ProcessHandle.current().pid()));
		return run;
	}

	Path config() {
		return directory.resolve("config");
	}

	Path data() {
		return directory.resolve("data");
	}

	Path logs() {
		return directory.resolve("logs");
	}

	Path tmp() {
		return directory.resolve("tmp");
	}

	Path pidFile() {
		return directory.resolve("elasticsearch.pid");
	}

	Path launcherOutput() {
		return directory.resolve("launcher.log");
	}

	Path nodeLog() {
		return logs().resolve(NodeConfiguration.CLUSTER_NAME + ".log");
	}

	/** @return the node's process, once the launcher has written the pid file and while it lives */
	Optional<ProcessHandle> nodeProcess() {
		try {
			if (!Files.isRegularFile(pidFile())) {
				return Optional.empty();
			}
			return ProcessHandle.of(Long.parseLong(Files.readString(pidFile()).trim())).filter(ProcessHandle::isAlive);
		}
		catch (IOException | NumberFormatException ex) {
			return Optional.empty();
		}
	}

	/** Stops nodes left behind by JVMs that died without stopping them, and deletes their runs. */
	static void reapOrphans(Path runsDirectory) {
		if (!Files.isDirectory(runsDirectory)) {
			return;
		}
		try (DirectoryStream<Path> runs = Files.newDirectoryStream(runsDirectory)) {
			for (Path directory : runs) {
				NodeRun run = new NodeRun(directory);
				if (!run.ownerAlive()) {
					run.nodeProcess().filter(NodeRun::looksLikeElasticsearch).ifPresent(NodeRun::terminate);
					FileTrees.deleteQuietly(directory);
				}
			}
		}
		catch (IOException ex) {
			logger.warn("Could not clean up " + runsDirectory, ex);
		}
	}

	private boolean ownerAlive() {
		try {
			long owner = Long.parseLong(Files.readString(directory.resolve(OWNER_PID)).trim());
			return ProcessHandle.of(owner).map(ProcessHandle::isAlive).orElse(false);
		}
		catch (IOException | NumberFormatException ex) {
			// a run being created right now has no owner file yet: leave runs younger than a minute alone
			try {
				return Files.getLastModifiedTime(directory).toMillis() > System.currentTimeMillis() - 60_000;
			}
			catch (IOException gone) {
				return true;
			}
		}
	}

	private static boolean looksLikeElasticsearch(ProcessHandle process) {
		return process.info().commandLine().map(line -> line.contains("org.elasticsearch")).orElse(true);
	}

	/** Sends SIGKILL and waits up to 30 s for the process to end. */
	static void kill(ProcessHandle process) {
		process.destroyForcibly();
		try {
			process.onExit().get(30, TimeUnit.SECONDS);
		}
		catch (ExecutionException | TimeoutException ex) {
			throw new LocalElasticsearchException("Process " + process.pid() + " did not end after SIGKILL", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new LocalElasticsearchException("Interrupted while killing process " + process.pid(), ex);
		}
	}

	/** Sends SIGTERM, waits up to 30 s, then kills. */
	static void terminate(ProcessHandle process) {
		process.destroy();
		try {
			process.onExit().get(30, TimeUnit.SECONDS);
		}
		catch (ExecutionException | TimeoutException ex) {
			process.destroyForcibly();
		}
		catch (InterruptedException ex) {
			process.destroyForcibly();
			Thread.currentThread().interrupt();
		}
	}
}
