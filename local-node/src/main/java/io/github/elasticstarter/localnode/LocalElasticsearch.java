package io.github.elasticstarter.localnode;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * A real, secured Elasticsearch node on this machine, without Docker: the official distribution (version
 * {@code 9.2.4}) with security on, a superuser in the file realm, API keys and service tokens, and optionally HTTPS
 * with a generated CA.
 * <p>
 * {@link #http()} and {@link #https()} each start one shared node lazily, once per JVM; every node is stopped when the
 * JVM exits. {@link #builder()} starts further, independent nodes. The distribution is taken from the local Maven
 * repository (downloaded from Maven Central if missing) and installed once into a cache folder, keyed by version and
 * plugin, with the generated certificates; each start gets fresh data. It needs a JDK 21+ (found automatically, or
 * {@code ES_JAVA_HOME}); as root, the node runs as the system user {@code elastic-local}.
 */
public final class LocalElasticsearch {

	private static final Log logger = LogFactory.getLog(LocalElasticsearch.class);

	private static final Duration LAUNCH_GRACE = Duration.ofMinutes(1);

	private static final Set<LocalElasticsearch> RUNNING = ConcurrentHashMap.newKeySet();

	/** The nodes shared by the whole JVM, by name, and the start failures to report again without retrying. */
	private static final Map<String, LocalElasticsearch> SHARED = new HashMap<>();
	private static final Map<String, LocalElasticsearchException> SHARED_FAILURES = new HashMap<>();
	private static boolean shutdownHookAdded;

	private final NodeProcess node;
	private final NodeInstallation installation;
	private final CaCertificate ca;
	private final boolean secure;

	private LocalElasticsearch(NodeProcess node, NodeInstallation installation, CaCertificate ca, boolean secure) {
		this.node = node;
		this.installation = installation;
		this.ca = ca;
		this.secure = secure;
	}

	/** @return the shared plain-HTTP node of this JVM, started on first use */
	public static LocalElasticsearch http() {
		return shared("HTTP", builder());
	}

	/** @return the shared HTTPS node of this JVM, started on first use */
	public static LocalElasticsearch https() {
		return shared("HTTPS", builder().https(true));
	}

	private static synchronized LocalElasticsearch shared(String name, LocalElasticsearchBuilder builder) {
		LocalElasticsearchException failure = SHARED_FAILURES.get(name);
		if (failure != null) {
			throw new LocalElasticsearchException("The shared " + name + " node failed to start earlier", failure);
		}
		LocalElasticsearch node = SHARED.get(name);
		if (node == null || !node.node.isRunning()) {
			try {
				node = builder.start();
			}
			catch (LocalElasticsearchException ex) {
				SHARED_FAILURES.put(name, ex);
				throw ex;
			}
			SHARED.put(name, node);
		}
		return node;
	}

	/** @return a builder for an independent node, which the caller should {@link #stop()} */
	public static LocalElasticsearchBuilder builder() {
		return new LocalElasticsearchBuilder();
	}

	/**
	 * The shared node of this JVM that keeps its data across runs (see
	 * {@link LocalElasticsearchBuilder#keepData(String)}), started on first use: what development services use, so
	 * that an application finds its indices again on its next start.
	 * @param https whether the node serves HTTPS
	 * @return the node
	 */
	public static LocalElasticsearch keepingData(boolean https) {
		String name = https ? "kept-https" : "kept-http";
		return shared(name, builder().https(https).keepData(name));
	}

	/**
	 * The folder, owned by the node's user, where a node started with
	 * {@link LocalElasticsearchBuilder#keepData(String)} keeps its data; one per Elasticsearch version, under
	 * {@code elastic.local-node.data-dir} if set.
	 */
	static Path keptDataDirectory(String name) {
		NodeUser user = NodeUser.forThisJvm();
		Path directory = createDirectories(LocalNodeSettings.keptDataDirectory(user.isSeparate())
			.toAbsolutePath()
			.resolve(BuildInfo.elasticsearchVersion() + "-" + name));
		if (!user.canTraverse(directory)) {
			// A clone under a private home (/root) cannot be entered by the node's user: keep the data in a folder of
			// the temporary directory named after the one asked for, so that it stays apart from every other's.
			Path reachable = createDirectories(Path.of(System.getProperty("java.io.tmpdir"),
					"elastic-local-node-data-" + Integer.toHexString(directory.toString().hashCode()),
					directory.getFileName().toString()));
			logger.warn("The node's user " + user + " cannot reach the data folder " + directory
					+ ", so the node keeps its data in " + reachable
					+ " instead. Set elastic.local-node.data-dir to a folder whose parents others may enter.");
			directory = reachable;
		}
		user.own(directory);
		return directory;
	}

	private static Path createDirectories(Path directory) {
		try {
			return Files.createDirectories(directory);
		}
		catch (IOException ex) {
			throw new LocalElasticsearchException("Could not create the data folder " + directory, ex);
		}
	}

	static LocalElasticsearch start(NodeOptions options) {
		NodeUser user = NodeUser.forThisJvm();
		Path javaHome = JavaHomeLocator.find(user);
		NodeInstallation installation = NodeInstallation.obtain(BuildInfo.elasticsearchVersion(),
				BuildInfo.analysisPluginZip(), javaHome, user);
		CaCertificate ca = new CaCertificate(installation.caCertificate());
		CredentialIssuer.issued(installation.superuserPassword());
		addShutdownHookOnce();
		NodeProcess node;
		try {
			node = NodeProcess.start(installation, user, javaHome, ca, options);
		}
		catch (LocalElasticsearchException ex) {
			if (!NodeProcess.isPortConflict(ex)) {
				throw ex;
			}
			node = NodeProcess.start(installation, user, javaHome, ca, options); // fresh ports
		}
		LocalElasticsearch elasticsearch = new LocalElasticsearch(node, installation, ca, options.https());
		RUNNING.add(elasticsearch);
		logger.info(String.format("Elasticsearch %s started at %s in %.1f s (as %s, folder %s)",
				installation.version(), node.baseUri(), node.startupTime().toMillis() / 1000.0, user,
				node.run().directory()));
		return elasticsearch;
	}

	/** Prepares {@code size} members of one loopback cluster, launches them together and waits until each is healthy. */
	static List<LocalElasticsearch> startCluster(NodeOptions options, int size) {
		NodeUser user = NodeUser.forThisJvm();
		Path javaHome = JavaHomeLocator.find(user);
		NodeInstallation installation = NodeInstallation.obtain(BuildInfo.elasticsearchVersion(),
				BuildInfo.analysisPluginZip(), javaHome, user);
		CaCertificate ca = new CaCertificate(installation.caCertificate());
		CredentialIssuer.issued(installation.superuserPassword());
		addShutdownHookOnce();
		int[] ports = FreePorts.pick(2 * size);
		List<String> names = new ArrayList<>();
		List<Integer> transportPorts = new ArrayList<>();
		for (int i = 0; i < size; i++) {
			names.add("local-node-" + (i + 1));
			transportPorts.add(ports[size + i]);
		}
		List<LocalElasticsearch> members = new ArrayList<>();
		for (int i = 0; i < size; i++) {
			NodeProcess node = NodeProcess.prepare(installation, user, javaHome, ca, options,
					new NodeOptions.Membership(names.get(i), transportPorts, names), ports[i], ports[size + i]);
			LocalElasticsearch member = new LocalElasticsearch(node, installation, ca, options.https());
			members.add(member);
			RUNNING.add(member);
		}
		// Each member waits for the others to elect a master: they must be launched together.
		List<CompletableFuture<Void>> launches = members.stream()
			.map((member) -> CompletableFuture.runAsync(() -> member.node.launch(options.startupTimeout()),
					(task) -> new Thread(task, "elastic-local-node-launch-" + member.nodeName()).start()))
			.toList();
		try {
			// Each launch ends within its start-up timeout plus one health request; the bound is a safety net.
			CompletableFuture.allOf(launches.toArray(CompletableFuture[]::new))
				.orTimeout(options.startupTimeout().plus(LAUNCH_GRACE).toMillis(), TimeUnit.MILLISECONDS)
				.join();
		}
		catch (CompletionException ex) {
			members.forEach(LocalElasticsearch::stop);
			throw new LocalElasticsearchException("The " + size + "-node cluster failed to start", ex.getCause());
		}
		members.forEach((member) -> logger.info(String.format(
				"Elasticsearch %s cluster member %s started at %s in %.1f s (folder %s)", installation.version(),
				member.nodeName(), member.baseUri(), member.node.startupTime().toMillis() / 1000.0,
				member.node.run().directory())));
		return List.copyOf(members);
	}

	private static synchronized void addShutdownHookOnce() {
		if (!shutdownHookAdded) {
			Runtime.getRuntime().addShutdownHook(new Thread(() -> RUNNING.forEach(LocalElasticsearch::stop),
					"elastic-local-node-shutdown"));
			shutdownHookAdded = true;
		}
	}

	/** @return the node's base URI, e.g. {@code https://127.0.0.1:40123/} */
	public URI baseUri() {
		return node.baseUri();
	}

	/** @return the host the node listens on: {@code 127.0.0.1} (the certificate also covers {@code localhost}) */
	public String host() {
		return node.baseUri().getHost();
	}

	/** @return the node's HTTP port */
	public int port() {
		return node.baseUri().getPort();
	}

	/** @return whether the node speaks HTTPS */
	public boolean isSecure() {
		return secure;
	}

	/** @return the Elasticsearch version, e.g. {@code 9.2.4} */
	public String version() {
		return installation.version();
	}

	/** @return how long the node took from launch to a healthy cluster */
	public Duration startupTime() {
		return node.startupTime();
	}

	/** @return the PEM file of the CA that signed the node's HTTPS certificate */
	public Path caCertificatePath() {
		return ca.path();
	}

	/** @return the CA certificate in PEM form */
	public String caCertificatePem() {
		return ca.pem();
	}

	/** @return the CA certificate */
	public X509Certificate caCertificate() {
		return ca.certificate();
	}

	/** @return SHA-256 of the CA certificate's DER encoding, lowercase hex without colons */
	public String caFingerprintSha256() {
		return ca.fingerprintSha256();
	}

	/** @return an SSL context that trusts exactly the node's CA */
	public SSLContext sslContext() {
		return ca.sslContext();
	}

	/** @return the name of a superuser in the node's file realm */
	public String superuserName() {
		return NodeInstallation.SUPERUSER_NAME;
	}

	/** @return that superuser's password */
	public String superuserPassword() {
		return installation.superuserPassword();
	}

	/**
	 * Creates an API key for the superuser with {@code POST /_security/api_key}.
	 * @param name the key's name
	 * @return the new key
	 */
	public ApiKey createApiKey(String name) {
		return CredentialIssuer.createApiKey(node, name);
	}

	/**
	 * Creates a file-backed service token for the {@code elastic/fleet-server} service account with
	 * {@code bin/elasticsearch-service-tokens}, and waits until the node accepts it.
	 * @param name the token's name: letters, digits, {@code -} and {@code _}, unique per node
	 * @return the token, to send as {@code Authorization: Bearer <token>}
	 */
	public synchronized String createServiceToken(String name) {
		return CredentialIssuer.createServiceToken(node, name);
	}

	/** @return the node's security administration: users, API key and token invalidation, the trial licence */
	public NodeSecurity security() {
		return new NodeSecurity(node);
	}

	/**
	 * Replaces the certificate the node serves over HTTPS (and on its transport layer) by one from a new CA, and
	 * waits until the node serves it: what an operator moving to a new CA does. {@link #caCertificate()} and
	 * {@link #sslContext()} keep referring to the first CA.
	 * @param caName the common name of the new CA
	 * @return the new CA certificate, PEM
	 */
	public String replaceCertificateWithNewCa(String caName) {
		if (!secure) {
			throw new IllegalStateException("The node at " + baseUri() + " serves plain HTTP");
		}
		return CertificateReplacement.replace(node, caName);
	}

	/** Stops the node and deletes its data. A shared node is started anew by the next {@link #http()}/{@link #https()}. */
	public void stop() {
		node.stop();
		RUNNING.remove(this);
	}

	/**
	 * Stops the node's process (SIGTERM, then SIGKILL after 30 s) but keeps its folder, data and ports, so that
	 * {@link #startAgain()} brings the same node back.
	 */
	public void stopKeepingData() {
		node.stopKeepingData();
	}

	/** Kills the node's process at once (SIGKILL), as a crash would, keeping its folder, data and ports. */
	public void kill() {
		node.kill();
	}

	/**
	 * Starts a node stopped by {@link #stopKeepingData()} or {@link #kill()} again, on the same ports, configuration
	 * and data, and waits until its cluster health is yellow or green (as at the first start).
	 * @throws IllegalStateException if the node is running
	 * @throws LocalElasticsearchException if it does not start; the message holds the tail of the node's log
	 */
	public void startAgain() {
		node.startAgain();
	}

	/** Stops the node's process and starts it again on the same ports and data. */
	public void restart() {
		stopKeepingData();
		startAgain();
	}

	/** @return whether the node's process is alive */
	public boolean isRunning() {
		return node.isRunning();
	}

	/** @return the node's {@code node.name} ({@code local-node}, or {@code local-node-<n>} in a cluster) */
	public String nodeName() {
		return node.nodeName();
	}

	/** @return the node's main log file, while the node is not {@linkplain #stop() stopped} */
	public Path logFile() {
		return node.run().nodeLog();
	}

	/** @return the folder of the node's log files, while the node is not {@linkplain #stop() stopped} */
	public Path logDirectory() {
		return node.run().logs();
	}

	/** @return the nodes of this JVM that are not stopped (their processes may be stopped or killed) */
	public static Set<LocalElasticsearch> all() {
		return Set.copyOf(RUNNING);
	}

	/**
	 * @return every secret this JVM's nodes have handed out: the superuser's password, the secret and encoded form of
	 * each created API key and each service token, e.g. to check that none of them leaks into logs
	 */
	public static Set<String> issuedSecrets() {
		return CredentialIssuer.issuedSecrets();
	}

	@Override
	public String toString() {
		return "LocalElasticsearch[" + baseUri() + ", version " + version() + "]";
	}
}
