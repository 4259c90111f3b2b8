package io.github.elasticstarter.localnode.spring;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The local Elasticsearch node that replaces a missing connection in development and tests,
 * under {@code elastic.local-node.*}.
 * <p>
 * The javadoc of each field is the help text that IDEs show for the property. Where the node
 * lives on disk, its distribution and its JDK ({@code elastic.local-node.dir},
 * {@code data-dir}, {@code distribution}, {@code java-home}) are JVM system properties or
 * environment variables read by the node itself, not application properties: they are not here.
 */
@ConfigurationProperties("elastic.local-node")
public class LocalNodeProperties {

	/**
	 * Whether to start a local Elasticsearch node when no connection is configured
	 * ("elastic.cloud-id", "elastic.hosts" and the credentials all unset), and for a named
	 * client that configures none.
	 */
	private boolean enabled = true;

	/**
	 * Whether the local node serves HTTPS (with a generated CA, trusted by its fingerprint)
	 * rather than plain HTTP.
	 */
	private boolean https = true;

	/**
	 * Whether the local node keeps its data across runs (in its cache folder, or under the
	 * system property "elastic.local-node.data-dir"), so that indices are still there at the
	 * next start. Only one running node can use the kept data; another one starts with empty
	 * data.
	 */
	private boolean keepData;

	/**
	 * Return whether to start a local Elasticsearch node when no connection is configured.
	 * @return whether the local node is enabled
	 */
	public boolean isEnabled() {
		return this.enabled;
	}

	/**
	 * Set whether to start a local Elasticsearch node when no connection is configured.
	 * @param enabled whether the local node is enabled
	 */
	public void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	/**
	 * Return whether the local node serves HTTPS rather than plain HTTP.
	 * @return whether the node serves HTTPS
	 */
	public boolean isHttps() {
		return this.https;
	}

	/**
	 * Set whether the local node serves HTTPS rather than plain HTTP.
	 * @param https whether the node serves HTTPS
	 */
	public void setHttps(boolean https) {
		this.https = https;
	}

	/**
	 * Return whether the local node keeps its data across runs.
	 * @return whether data is kept
	 */
	public boolean isKeepData() {
		return this.keepData;
	}

	/**
	 * Set whether the local node keeps its data across runs.
	 * @param keepData whether data is kept
	 */
	public void setKeepData(boolean keepData) {
		this.keepData = keepData;
	}

}
