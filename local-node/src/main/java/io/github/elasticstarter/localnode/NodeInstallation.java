package io.github.elasticstarter.localnode;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * An unpacked Elasticsearch distribution with the analysis plugin installed, a generated CA and node certificate and
 * a file-realm superuser, cached in {@code <base>/<version>-<plugin hash>} and shared by every node started from it
 * (each node gets its own copy of {@code config/} and its own data). Built once under a file lock, in a staging
 * folder that is renamed into place when complete.
 */
final class NodeInstallation {

	private static final Log logger = LogFactory.getLog(NodeInstallation.class);

	static final String SUPERUSER_NAME = "elastic-local-admin";

	private static final String COMPLETE_MARKER = "installation.properties";

	/** Part of the cache key: raise it whenever what {@link #build} writes changes. */
	private static final int LAYOUT_VERSION = 2;

	private static final Duration TOOL_TIMEOUT = Duration.ofMinutes(3);

	private final Path directory;
	private final String version;
	private final String superuserPassword;

	private NodeInstallation(Path directory, String version, String superuserPassword) {
		this.directory = directory;
		this.version = version;
		this.superuserPassword = superuserPassword;
	}

	/** @return the cached installation for this version and plugin, building it first if needed */
	static synchronized NodeInstallation obtain(String version, byte[] pluginZip, Path javaHome, NodeUser user) {
		Path base = LocalNodeSettings.baseDirectory(user.isSeparate());
		Path directory = base.resolve(version + "-" + Digests.sha256Hex(pluginZip).substring(0, 12) + "-v" + LAYOUT_VERSION);
		try {
			Files.createDirectories(base);
			try (FileChannel lockFile = FileChannel.open(base.resolve(directory.getFileName() + ".lock"),
					StandardOpenOption.CREATE, StandardOpenOption.WRITE); FileLock lock = lockFile.lock()) {
				if (!Files.isRegularFile(directory.resolve(COMPLETE_MARKER))) {
					FileTrees.delete(directory);
					build(directory, version, pluginZip, javaHome, user);
				}
				return load(directory, version);
			}
		}
		catch (IOException ex) {
			throw new LocalElasticsearchException("Could not prepare the Elasticsearch installation in " + directory, ex);
		}
	}

	private static void build(Path directory, String version, byte[] pluginZip, Path javaHome, NodeUser user)
			throws IOException {
		long started = System.nanoTime();
		Path staging = directory.resolveSibling(directory.getFileName() + ".staging");
		FileTrees.delete(staging);
		Files.createDirectories(staging);
		Path home = staging.resolve("home");
		FileTrees.unzipStrippingTopFolder(DistributionLocator.locate(version), home);
		Path plugin = Files.write(staging.resolve("analysis-plugin.zip"), pluginZip);
		Files.createDirectories(home.resolve("config/certs"));
		Files.createDirectories(staging.resolve("ca"));
		user.own(staging);

		Map<String, String> env = Map.of("ES_JAVA_HOME", javaHome.toString(), "ES_PATH_CONF",
				home.resolve("config").toString());
		tool(user, home, env, "elasticsearch-plugin", "install", "--batch", plugin.toUri().toString());
		generateCertificates(user, home, staging, env);
		String password = randomPassword();
		tool(user, home, env, "elasticsearch-users", "useradd", SUPERUSER_NAME, "-p", password, "-r", "superuser");

		Properties properties = new Properties();
		properties.setProperty("version", version);
		properties.setProperty("superuser.password", password);
		try (Writer writer = Files.newBufferedWriter(staging.resolve(COMPLETE_MARKER))) {
			properties.store(writer, "elastic-local-node installation; complete when this file exists");
		}
		user.own(staging);
		Files.move(staging, directory, StandardCopyOption.ATOMIC_MOVE);
		logger.info(String.format("Installed Elasticsearch %s with the analysis plugin in %s (%.1f s)", version,
				directory, (System.nanoTime() - started) / 1e9));
	}

	/** A CA (its key kept outside {@code config/}) and a node certificate for localhost and 127.0.0.1. */
	private static void generateCertificates(NodeUser user, Path home, Path staging, Map<String, String> env)
			throws IOException {
		Path caZip = staging.resolve("ca/ca.zip");
		Path nodeZip = staging.resolve("ca/node.zip");
		tool(user, home, env, "elasticsearch-certutil", "ca", "--pem", "--silent", "--days", "3650",
				"--ca-dn", "CN=Elastic Local Node Test CA", "--out", caZip.toString());
		Path caCert = staging.resolve("ca/ca.crt");
		Path caKey = staging.resolve("ca/ca.key");
		Files.write(caCert, FileTrees.readZipEntry(caZip, "ca/ca.crt"));
		Files.write(caKey, FileTrees.readZipEntry(caZip, "ca/ca.key"));
		user.own(staging.resolve("ca"));
		tool(user, home, env, "elasticsearch-certutil", "cert", "--pem", "--silent", "--days", "3650",
				"--ca-cert", caCert.toString(), "--ca-key", caKey.toString(), "--name", "node",
				"--dns", "localhost,*.localhost", "--ip", "127.0.0.1", "--out", nodeZip.toString());
		Path certs = home.resolve("config/certs");
		Files.copy(caCert, certs.resolve("ca.crt"));
		// The chain (node certificate, then CA), as Elasticsearch's own generated certificates hold it: clients
		// that pin the CA by its fingerprint find it in the chain the server sends.
		String nodeCertificate = new String(FileTrees.readZipEntry(nodeZip, "node/node.crt"), StandardCharsets.US_ASCII);
		String caCertificate = Files.readString(caCert, StandardCharsets.US_ASCII);
		Files.writeString(certs.resolve("node.crt"), nodeCertificate.strip() + "\n" + caCertificate.strip() + "\n",
				StandardCharsets.US_ASCII);
		Files.write(certs.resolve("node.key"), FileTrees.readZipEntry(nodeZip, "node/node.key"));
		Files.delete(caZip);
		Files.delete(nodeZip);
	}

	private static void tool(NodeUser user, Path home, Map<String, String> env, String tool, String... args) {
		List<String> command = new ArrayList<>(List.of(home.resolve("bin").resolve(tool).toString()));
		command.addAll(List.of(args));
		CommandRunner.run(user.command(command), env, home, TOOL_TIMEOUT);
	}

	private static NodeInstallation load(Path directory, String version) throws IOException {
		Properties properties = new Properties();
		try (Reader reader = Files.newBufferedReader(directory.resolve(COMPLETE_MARKER))) {
			properties.load(reader);
		}
		return new NodeInstallation(directory, version, properties.getProperty("superuser.password"));
	}

	private static String randomPassword() {
		byte[] bytes = new byte[18];
		new SecureRandom().nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	/** @return the Elasticsearch home ({@code bin/}, {@code lib/}, {@code plugins/}...) */
	Path home() {
		return directory.resolve("home");
	}

	/** @return the configuration every node starts from, with certificates and the superuser */
	Path config() {
		return home().resolve("config");
	}

	/** @return the CA certificate (PEM) that signed the node certificate */
	Path caCertificate() {
		return config().resolve("certs/ca.crt");
	}

	/** @return the folder that holds the runs (per-node data, logs and config) of nodes started from here */
	Path runsDirectory() {
		return directory.resolveSibling("runs");
	}

	String version() {
		return version;
	}

	String superuserPassword() {
		return superuserPassword;
	}
}
