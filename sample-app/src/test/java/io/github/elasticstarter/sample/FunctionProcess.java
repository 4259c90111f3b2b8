package io.github.elasticstarter.sample;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A function runtime as a child process with a clean environment: nothing of the build's
 * environment reaches it but {@code PATH} and what the test passes. Its output goes to a log
 * file, and closing it stops it and whatever it started, within bounded times.
 */
final class FunctionProcess implements AutoCloseable {

	private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);

	private final Process process;

	private final Path log;

	private final Thread killOnJvmExit;

	private FunctionProcess(Process process, Path log) {
		this.process = process;
		this.log = log;
		this.killOnJvmExit = new Thread(this::stop, "kill-" + log.getParent().getFileName());
		Runtime.getRuntime().addShutdownHook(this.killOnJvmExit);
	}

	/**
	 * @param name the run's name, its folder under {@code target/function-runs}
	 * @param javaArguments what follows {@code java}
	 * @param environment the child's whole environment, besides {@code PATH}
	 */
	static FunctionProcess start(String name, List<String> javaArguments, Map<String, String> environment)
			throws IOException {
		Path folder = Files.createDirectories(folder(name));
		Path log = folder.resolve("output.log");
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.addAll(javaArguments);
		ProcessBuilder builder = new ProcessBuilder(command).directory(folder.toFile())
			.redirectErrorStream(true)
			.redirectOutput(log.toFile());
		String path = builder.environment().get("PATH");
		builder.environment().clear();
		builder.environment().put("PATH", (path != null) ? path : "/usr/bin:/bin");
		builder.environment().putAll(environment);
		return new FunctionProcess(builder.start(), log);
	}

	/** The run's folder, its working directory. */
	static Path folder(String name) {
		return Path.of("target", "function-runs", name).toAbsolutePath();
	}

	/** Where the build put the platforms' runtimes and the class path files. */
	static Path runtimes() {
		return Path.of(System.getProperty("function.runtimes", "target/function-runtimes"));
	}

	boolean isAlive() {
		return this.process.isAlive();
	}

	String log() throws IOException {
		return Files.readString(this.log);
	}

	/** Fails with the end of the log when the process has ended. */
	void assertAlive() throws IOException {
		if (!this.process.isAlive()) {
			List<String> lines = Files.readAllLines(this.log);
			throw new AssertionError("The function process exited with " + this.process.exitValue() + ":\n"
					+ String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size())));
		}
	}

	@Override
	public void close() {
		stop();
		Runtime.getRuntime().removeShutdownHook(this.killOnJvmExit);
	}

	private void stop() {
		List<ProcessHandle> tree = new ArrayList<>(this.process.descendants().toList());
		tree.add(this.process.toHandle());
		for (ProcessHandle handle : tree) {
			handle.destroy();
		}
		for (ProcessHandle handle : tree) {
			handle.onExit().completeOnTimeout(handle, STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS).join();
			if (handle.isAlive()) {
				handle.destroyForcibly();
				handle.onExit().completeOnTimeout(handle, STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS).join();
			}
		}
	}

}
