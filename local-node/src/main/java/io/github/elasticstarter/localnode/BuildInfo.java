package io.github.elasticstarter.localnode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** What the build wrote into {@code local-node.properties}: the Elasticsearch version and the plugin resource. */
final class BuildInfo {

	private static final Properties PROPERTIES = load();

	private BuildInfo() {
	}

	/** @return the Elasticsearch version this library runs, e.g. {@code 9.2.4} */
	static String elasticsearchVersion() {
		return PROPERTIES.getProperty("elasticsearch.version");
	}

	/** @return the bytes of the analysis plugin zip embedded in this jar */
	static byte[] analysisPluginZip() {
		String name = PROPERTIES.getProperty("analysis-plugin.resource");
		try (InputStream in = BuildInfo.class.getResourceAsStream(name)) {
			if (in == null) {
				throw new LocalElasticsearchException("Missing classpath resource " + name + " next to " + BuildInfo.class);
			}
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Properties load() {
		Properties properties = new Properties();
		try (InputStream in = BuildInfo.class.getResourceAsStream("local-node.properties")) {
			if (in == null) {
				throw new IllegalStateException("Missing local-node.properties next to " + BuildInfo.class);
			}
			properties.load(in);
			return properties;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
