package io.github.elasticstarter.insight;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import co.elastic.clients.transport.Version;
import co.elastic.clients.transport.rest5_client.low_level.Node;
import co.elastic.clients.transport.rest5_client.low_level.Rest5Client;
import io.github.elasticstarter.credentials.ElasticCredentialsProvider;
import io.github.elasticstarter.tls.VerificationMode;
import org.jspecify.annotations.Nullable;

/**
 * One client, seen from inside: its nodes, pool, settings, credential kind, TLS peers and server.
 * Built next to each client; every part is read when asked, and a part that cannot be read
 * shows its error instead, so that one client down never hides the others.
 */
public final class ClientInsight {

	static final Duration SERVER_TIMEOUT = Duration.ofSeconds(5);

	private final Rest5Client client;

	private final ConnectionRecorder recorder;

	private final ElasticCredentialsProvider credentials;

	private final Settings settings;

	/**
	 * Create the insight into one client.
	 * @param client the client
	 * @param recorder what its connections recorded
	 * @param credentials the client's credentials, of which only the kind shows
	 * @param settings the client's settings
	 */
	public ClientInsight(Rest5Client client, ConnectionRecorder recorder, ElasticCredentialsProvider credentials,
			Settings settings) {
		this.client = client;
		this.recorder = recorder;
		this.credentials = credentials;
		this.settings = settings;
	}

	/**
	 * The name of the client, as the endpoint and the metrics show it.
	 * @return the name, {@code default} for the client of the {@code elastic.*} properties
	 */
	public String clientName() {
		return this.recorder.clientName();
	}

	/**
	 * The low-level client this insight reads its nodes from.
	 * @return the client
	 */
	public Rest5Client client() {
		return this.client;
	}

	/**
	 * What the client's connections recorded: pool, node states, presented certificates.
	 * @return the recorder
	 */
	public ConnectionRecorder recorder() {
		return this.recorder;
	}

	/**
	 * The kind of credential the client sends, never its value.
	 * @return the kind, such as {@code API key}
	 */
	public String credentialKind() {
		return this.credentials.getCredentials().kind();
	}

	/**
	 * What the client checks at start-up.
	 * @return the start-up check mode
	 */
	public StartupCheckMode startupCheck() {
		return this.settings.startupCheck();
	}

	/**
	 * Ask the server its version and judge it against this client's.
	 * @return the server's version and build flavour
	 * @throws IOException when the server cannot be reached or rejects the credentials
	 */
	public ServerInfo readServer() throws IOException {
		return new ServerInfoReader(this.client, SERVER_TIMEOUT).read();
	}

	/**
	 * Judge a server's version against this client's and its compatibility mode.
	 * @param server the server
	 * @return the verdict
	 */
	public Compatibility compatibility(ServerInfo server) {
		return Compatibility.of(server.version(), Version.VERSION, this.settings.compatibilityMode());
	}

	/**
	 * The TLS peers and whether they match the configured trust.
	 * @return the TLS report
	 */
	public TlsReport tls() {
		return new TlsReport(label(this.settings.verificationMode()), this.settings.caFingerprint(),
				this.settings.sslBundle(),
				this.recorder.presentedChains().byServer());
	}

	/**
	 * Everything, as the {@code elastic} endpoint shows it. The server is asked first, so that the
	 * TLS part shows the chain of the handshake it may have needed.
	 * @return the description
	 */
	public Map<String, Object> describe() {
		Map<String, Object> description = new LinkedHashMap<>();
		description.put("server", part(this::server));
		description.put("nodes", part(this::nodes));
		description.put("pool", part(() -> PoolReport.of(this.recorder.pool())));
		description.put("settings", part(this.settings::shown));
		description.put("credentials", part(() -> Map.of("kind", credentialKind())));
		description.put("tls", part(() -> tls().describe()));
		return description;
	}

	private Map<String, Object> server() {
		Map<String, Object> server = new LinkedHashMap<>();
		try {
			ServerInfo info = readServer();
			server.put("version", info.version());
			server.put("buildFlavor", info.buildFlavor());
			server.put("source", info.source());
			Compatibility compatibility = compatibility(info);
			Map<String, Object> verdict = new LinkedHashMap<>();
			verdict.put("verdict", compatibility.verdict().label());
			verdict.put("reason", compatibility.reason());
			verdict.put("clientVersion", String.valueOf(Version.VERSION));
			server.put("compatibility", verdict);
		}
		catch (IOException ex) {
			server.put("error", String.valueOf(ex.getMessage()));
		}
		return server;
	}

	private Map<String, Object> nodes() {
		List<String> configured = this.settings.configuredNodes()
			.stream()
			.map((uri) -> uri.toString().replaceAll("/$", ""))
			.toList();
		Map<String, Object> nodes = new LinkedHashMap<>();
		for (Node node : this.client.getNodes()) {
			Map<String, Object> state = new LinkedHashMap<>();
			state.put("configured", configured.contains(NodeStates.key(node.getHost())));
			putIfKnown(state, "name", node.getName());
			putIfKnown(state, "version", node.getVersion());
			NodeStates.DeadNode dead = this.recorder.nodeStates().deadNode(node.getHost());
			state.put("state", (dead != null) ? "dead" : "alive");
			if (dead != null) {
				state.put("deadUntil", dead.until().toString());
				state.put("failures", dead.failures());
			}
			nodes.put(NodeStates.key(node.getHost()), state);
		}
		// the sniffer replaces the configured nodes by the ones the cluster lists
		configured.forEach((uri) -> nodes.putIfAbsent(uri, Map.of("configured", true, "state", "not in use")));
		return nodes;
	}

	private static String label(Enum<?> value) {
		return value.name().toLowerCase(Locale.ROOT);
	}

	private static void putIfKnown(Map<String, Object> map, String key, @Nullable Object value) {
		if (value != null) {
			map.put(key, value);
		}
	}

	private static Object part(Supplier<Map<String, ?>> reader) {
		try {
			return reader.get();
		}
		catch (RuntimeException ex) {
			return Map.of("error", ex.getClass().getSimpleName() + ": " + ex.getMessage());
		}
	}

	/**
	 * What the insight shows of a client's settings, and what it needs of them.
	 * @param configuredNodes the nodes the client was configured with
	 * @param startupCheck what the client checks at start-up
	 * @param compatibilityMode whether the client sends REST compatibility headers
	 * @param verificationMode how the server's certificate is checked
	 * @param caFingerprint the CA fingerprint trusted, if any
	 * @param sslBundle the name of the SSL bundle trusted, if any
	 * @param shown the settings in effect, by name, as the endpoint shows them
	 */
	public record Settings(List<URI> configuredNodes, StartupCheckMode startupCheck, boolean compatibilityMode,
			VerificationMode verificationMode, @Nullable String caFingerprint, @Nullable String sslBundle,
			Map<String, Object> shown) {

	}

}
