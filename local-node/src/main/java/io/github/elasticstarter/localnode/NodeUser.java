package io.github.elasticstarter.localnode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The operating-system user that runs the node. Elasticsearch refuses to run as root, so when this JVM is root the
 * node runs as the unprivileged system user {@value #SYSTEM_USER} (created if missing) through {@code runuser};
 * otherwise it runs as the current user.
 */
final class NodeUser {

	static final String SYSTEM_USER = "elastic-local";

	private static final Duration TIMEOUT = Duration.ofSeconds(60);

	private final String systemUser;

	private NodeUser(String systemUser) {
		this.systemUser = systemUser;
	}

	/** @return the user for this JVM: the system user when running as root, else the current user */
	static synchronized NodeUser forThisJvm() {
		if (!isRoot()) {
			return new NodeUser(null);
		}
		if (!exists(SYSTEM_USER)) {
			try {
				CommandRunner.run(List.of("useradd", "--system", "--no-create-home", "--shell", "/usr/sbin/nologin",
						SYSTEM_USER), Map.of(), Path.of("/"), TIMEOUT);
			}
			catch (LocalElasticsearchException ex) {
				if (!exists(SYSTEM_USER)) { // another JVM may have created it meanwhile
					throw ex;
				}
			}
		}
		return new NodeUser(SYSTEM_USER);
	}

	/** @return whether the node runs as another user than this JVM */
	boolean isSeparate() {
		return systemUser != null;
	}

	/** @return {@code command}, prefixed to run as the node user */
	List<String> command(List<String> command) {
		if (!isSeparate()) {
			return command;
		}
		List<String> wrapped = new ArrayList<>(List.of("runuser", "-u", systemUser, "--"));
		wrapped.addAll(command);
		return wrapped;
	}

	/** Hands {@code path} and everything below it to the node user. */
	void own(Path path) {
		if (isSeparate()) {
			CommandRunner.run(List.of("chown", "-R", systemUser, path.toString()), Map.of(), Path.of("/"), TIMEOUT);
		}
	}

	/** @return whether the node user can reach {@code path}: every ancestor directory is searchable by others */
	boolean canTraverse(Path path) {
		if (!isSeparate()) {
			return true;
		}
		try {
			for (Path dir = path.toAbsolutePath().getParent(); dir != null; dir = dir.getParent()) {
				if (!Files.getPosixFilePermissions(dir).contains(PosixFilePermission.OTHERS_EXECUTE)) {
					return false;
				}
			}
			return true;
		}
		catch (IOException | UnsupportedOperationException ex) {
			return false;
		}
	}

	private static boolean isRoot() {
		try {
			return ((Number) Files.getAttribute(Path.of("/proc/self"), "unix:uid")).intValue() == 0;
		}
		catch (IOException | UnsupportedOperationException | IllegalArgumentException ex) {
			return "root".equals(System.getProperty("user.name"));
		}
	}

	private static boolean exists(String user) {
		try {
			CommandRunner.run(List.of("id", "-u", user), Map.of(), Path.of("/"), TIMEOUT);
			return true;
		}
		catch (LocalElasticsearchException ex) {
			return false;
		}
	}

	@Override
	public String toString() {
		return isSeparate() ? systemUser : System.getProperty("user.name");
	}
}
