package io.github.elasticstarter.localnode;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The knobs read from system properties (or the matching environment variables). All are optional.
 * <ul>
 * <li>{@code elastic.local-node.dir} / {@code ELASTIC_LOCAL_NODE_DIR}: where installations and node runs live</li>
 * <li>{@code elastic.local-node.data-dir} / {@code ELASTIC_LOCAL_NODE_DATA_DIR}: where nodes that keep their data
 * keep it (tests point it into their build folder, away from what an application's runs keep)</li>
 * <li>{@code elastic.local-node.distribution} / {@code ELASTIC_LOCAL_NODE_DISTRIBUTION}: a distribution zip to use</li>
 * <li>{@code elastic.local-node.java-home} / {@code ES_JAVA_HOME}: the JDK 21+ that runs the node</li>
 * <li>{@code maven.repo.local}: the local Maven repository holding the distribution</li>
 * </ul>
 */
final class LocalNodeSettings {

	private LocalNodeSettings() {
	}

	static Optional<String> get(String systemProperty, String environmentVariable) {
		String value = System.getProperty(systemProperty);
		if (isBlank(value) && environmentVariable != null) {
			value = System.getenv(environmentVariable);
		}
		return isBlank(value) ? Optional.empty() : Optional.of(value.trim());
	}

	static Optional<Path> distributionOverride() {
		return get("elastic.local-node.distribution", "ELASTIC_LOCAL_NODE_DISTRIBUTION").map(Path::of);
	}

	static Optional<Path> javaHomeOverride() {
		return get("elastic.local-node.java-home", "ES_JAVA_HOME").map(Path::of);
	}

	static Path localMavenRepository() {
		return get("maven.repo.local", null).map(Path::of)
			.orElseGet(() -> Path.of(System.getProperty("user.home"), ".m2", "repository"));
	}

	/** @param separateUser whether the node runs as a system user (the JVM runs as root) */
	static Path baseDirectory(boolean separateUser) {
		return get("elastic.local-node.dir", "ELASTIC_LOCAL_NODE_DIR").map(Path::of).orElseGet(() -> separateUser
			? Path.of("/var/tmp/elastic-local-node")
			: Path.of(System.getProperty("java.io.tmpdir"), "elastic-local-node-" + System.getProperty("user.name")));
	}

	/** @param separateUser whether the node runs as a system user (the JVM runs as root) */
	static Path keptDataDirectory(boolean separateUser) {
		return get("elastic.local-node.data-dir", "ELASTIC_LOCAL_NODE_DATA_DIR").map(Path::of)
			.orElseGet(() -> baseDirectory(separateUser).resolve("data"));
	}

	private static boolean isBlank(String value) {
		return value == null || value.isBlank();
	}
}
