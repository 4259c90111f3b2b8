package io.github.elasticstarter.localnode;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Starts independent {@link LocalElasticsearch} nodes (not the shared ones of {@link LocalElasticsearch#http()} and
 * {@link LocalElasticsearch#https()}): a single node with {@link #start()}, or a cluster of several nodes on loopback
 * with {@link #startCluster(int)}. The caller stops them; they are also stopped when the JVM exits.
 */
public final class LocalElasticsearchBuilder {

	private boolean https;
	private Duration startupTimeout = Duration.ofSeconds(120);
	private final Map<String, String> settings = new LinkedHashMap<>();
	private Path httpCertificate;
	private Path httpKey;

	LocalElasticsearchBuilder() {
	}

	private String keptDataName;

	/**
	 * @param https whether the node serves HTTPS with a certificate signed by the generated CA (default: plain HTTP)
	 * @return this builder
	 */
	public LocalElasticsearchBuilder https(boolean https) {
		this.https = https;
		return this;
	}

	/**
	 * @param startupTimeout how long to wait for the node to become healthy (default: 120 s)
	 * @return this builder
	 */
	public LocalElasticsearchBuilder startupTimeout(Duration startupTimeout) {
		this.startupTimeout = Objects.requireNonNull(startupTimeout, "startupTimeout");
		return this;
	}

	/**
	 * Adds a node setting to {@code elasticsearch.yml}, such as {@code thread_pool.write.queue_size: 1}; it replaces
	 * the module's default for the same key.
	 * @param key the setting's key
	 * @param value the setting's value, a YAML scalar or flow sequence written as is
	 * @return this builder
	 */
	public LocalElasticsearchBuilder setting(String key, String value) {
		if (key == null || key.isBlank() || key.contains(":") || key.contains("\n")) {
			throw new IllegalArgumentException("Invalid setting key: " + key);
		}
		if (value == null || value.contains("\n")) {
			throw new IllegalArgumentException("Invalid value for setting " + key + ": " + value);
		}
		this.settings.put(key, value);
		return this;
	}

	/**
	 * Serves HTTPS with the caller's certificate instead of the one signed by the generated CA: implies
	 * {@link #https(boolean) https(true)}. The certificate is used as given, even if expired or issued for another
	 * host, which is what TLS failure tests need; {@link LocalElasticsearch#caCertificate()} and the node's
	 * {@link LocalElasticsearch#sslContext()} still refer to the generated CA, which did not sign it.
	 * @param certificatePem PEM file of the certificate, optionally followed by its chain
	 * @param privateKeyPem PEM file of its unencrypted private key (PKCS#8 or PKCS#1)
	 * @return this builder
	 */
	public LocalElasticsearchBuilder httpCertificate(Path certificatePem, Path privateKeyPem) {
		if (!Files.isRegularFile(certificatePem) || !Files.isRegularFile(privateKeyPem)) {
			throw new IllegalArgumentException("No such certificate or key file: " + certificatePem + ", "
					+ privateKeyPem);
		}
		this.httpCertificate = certificatePem;
		this.httpKey = privateKeyPem;
		this.https = true;
		return this;
	}

	/**
	 * Keeps the node's data across starts, in a folder of the module's cache named {@code name}, instead of
	 * starting with empty data: indices survive the JVM. Only one running node can use a given folder.
	 * @param name a name for the data folder, such as {@code dev}
	 * @return this builder
	 */
	public LocalElasticsearchBuilder keepData(String name) {
		if (name == null || !name.matches("[A-Za-z0-9_-]+")) {
			throw new IllegalArgumentException("Invalid data folder name: " + name);
		}
		this.keptDataName = name;
		return this;
	}

	/**
	 * Starts the node and waits until it is healthy.
	 * @return the running node
	 * @throws LocalElasticsearchException if it does not start; the message holds the tail of the node's log
	 */
	public LocalElasticsearch start() {
		if (this.keptDataName != null) {
			setting("path.data", LocalElasticsearch.keptDataDirectory(this.keptDataName).toString());
		}
		return LocalElasticsearch.start(options());
	}

	/**
	 * Starts a cluster of {@code size} master-eligible data nodes on loopback, each with its own ports, data and
	 * {@code node.name} ({@code local-node-1}...), the same superuser and certificates, and TLS on the transport
	 * layer, and waits until every node reports a yellow or green cluster. The builder's settings apply to every node.
	 * @param size how many nodes, at least 2 (3 to survive the loss of any one, the elected master included)
	 * @return the running cluster
	 * @throws LocalElasticsearchException if it does not start; the message holds the tail of the failed node's log
	 */
	public LocalElasticsearchCluster startCluster(int size) {
		if (size < 2) {
			throw new IllegalArgumentException("A cluster needs at least 2 nodes, not " + size);
		}
		return new LocalElasticsearchCluster(LocalElasticsearch.startCluster(options(), size));
	}

	private NodeOptions options() {
		return new NodeOptions(https, settings, httpCertificate, httpKey, startupTimeout);
	}
}
