package io.github.elasticstarter.localnode;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/**
 * Finds a JDK 21+ to run Elasticsearch ({@code ES_JAVA_HOME}; the launcher ignores {@code JAVA_HOME}): an explicit
 * {@code elastic.local-node.java-home} or {@code ES_JAVA_HOME}, else this JVM if it is 21+, else the newest JDK 21+
 * under {@code /usr/lib/jvm}.
 */
final class JavaHomeLocator {

	static final int MINIMUM_FEATURE_VERSION = 21;

	private static final Path JVM_DIRECTORY = Path.of("/usr/lib/jvm");

	private JavaHomeLocator() {
	}

	static Path find(NodeUser user) {
		Optional<Path> explicit = LocalNodeSettings.javaHomeOverride();
		if (explicit.isPresent()) {
			if (!Files.isExecutable(explicit.get().resolve("bin/java"))) {
				throw new LocalElasticsearchException("No bin/java in the configured ES_JAVA_HOME " + explicit.get());
			}
			return explicit.get();
		}
		Path current = Path.of(System.getProperty("java.home"));
		if (Runtime.version().feature() >= MINIMUM_FEATURE_VERSION && user.canTraverse(current.resolve("bin"))) {
			return current;
		}
		return installedJdks().stream()
			.filter(home -> featureVersion(home) >= MINIMUM_FEATURE_VERSION)
			.filter(home -> Files.isExecutable(home.resolve("bin/java")) && user.canTraverse(home.resolve("bin")))
			.max(Comparator.comparingInt(JavaHomeLocator::featureVersion))
			.orElseThrow(() -> new LocalElasticsearchException("Elasticsearch needs a JDK " + MINIMUM_FEATURE_VERSION
					+ "+; none found (this JVM is " + Runtime.version() + ", nothing suitable in " + JVM_DIRECTORY
					+ "). Set ES_JAVA_HOME or -Delastic.local-node.java-home."));
	}

	private static List<Path> installedJdks() {
		List<Path> homes = new ArrayList<>();
		if (!Files.isDirectory(JVM_DIRECTORY)) {
			return homes;
		}
		try (DirectoryStream<Path> entries = Files.newDirectoryStream(JVM_DIRECTORY)) {
			entries.forEach(homes::add);
		}
		catch (IOException ex) {
			// nothing usable there
		}
		return homes;
	}

	/** @return the feature version from {@code release} ({@code JAVA_VERSION="25.0.3"} gives 25), or 0 */
	static int featureVersion(Path javaHome) {
		Path release = javaHome.resolve("release");
		if (!Files.isRegularFile(release)) {
			return 0;
		}
		Properties properties = new Properties();
		try (var reader = Files.newBufferedReader(release)) {
			properties.load(reader);
		}
		catch (IOException ex) {
			return 0;
		}
		String version = properties.getProperty("JAVA_VERSION", "").replace("\"", "");
		String[] parts = version.split("[.\\-+_]");
		try {
			int first = Integer.parseInt(parts[0]);
			return (first == 1 && parts.length > 1) ? Integer.parseInt(parts[1]) : first;
		}
		catch (NumberFormatException ex) {
			return 0;
		}
	}
}
