package io.github.elasticstarter.localnode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs one command to completion with its output sent to a file (never a pipe: a daemonized child could keep a pipe
 * open), and fails with that output when the command fails.
 */
final class CommandRunner {

	private CommandRunner() {
	}

	/**
	 * @param command the command, already prefixed to run as the node user where needed
	 * @param environment variables added to this JVM's environment
	 * @param workingDirectory the directory the command runs in
	 * @param output the file that receives stdout and stderr
	 * @param timeout how long the command may run
	 * @return the command's output
	 */
	static String run(List<String> command, Map<String, String> environment, Path workingDirectory, Path output,
			Duration timeout) {
		ProcessBuilder builder = new ProcessBuilder(command).directory(workingDirectory.toFile())
			.redirectErrorStream(true)
			.redirectOutput(output.toFile())
			.redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
		builder.environment().putAll(environment);
		try {
			Process process = builder.start();
			if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
				process.destroyForcibly();
				throw new LocalElasticsearchException("Timed out after " + timeout.toSeconds() + " s: "
						+ String.join(" ", command) + "\n" + read(output));
			}
			String text = read(output);
			if (process.exitValue() != 0) {
				throw new LocalElasticsearchException("Exit code " + process.exitValue() + " from "
						+ String.join(" ", command) + "\n" + text);
			}
			return text;
		}
		catch (IOException ex) {
			throw new LocalElasticsearchException("Could not run " + String.join(" ", command), ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new LocalElasticsearchException("Interrupted while running " + String.join(" ", command), ex);
		}
	}

	/** Like {@link #run} with a temporary output file that is deleted afterwards. */
	static String run(List<String> command, Map<String, String> environment, Path workingDirectory, Duration timeout) {
		try {
			Path output = Files.createTempFile("elastic-local-node-", ".out");
			try {
				return run(command, environment, workingDirectory, output, timeout);
			}
			finally {
				Files.deleteIfExists(output);
			}
		}
		catch (IOException ex) {
			throw new LocalElasticsearchException("Could not create a temporary file", ex);
		}
	}

	private static String read(Path output) throws IOException {
		return Files.exists(output) ? Files.readString(output, StandardCharsets.UTF_8) : "";
	}
}
