package io.github.elasticstarter.autoconfigure;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.elasticstarter.insight.StartupCheckMode;
import io.github.elasticstarter.tls.VerificationMode;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Configuration of the Elasticsearch client, under {@code elastic.*}.
 * <p>
 * The javadoc of each field is the help text that IDEs show for the property.
 */
@ConfigurationProperties("elastic")
public class ElasticProperties {

	/**
	 * Cloud ID of an Elastic Cloud deployment, as shown in the Elastic Cloud console
	 * ("name:base64"). Implies HTTPS, enables compression unless set, and excludes
	 * "elastic.hosts".
	 */
	private @Nullable String cloudId;

	/**
	 * URLs of the Elasticsearch nodes, such as "https://es1.example.com:9200". Excludes
	 * "elastic.cloud-id".
	 */
	private List<String> hosts = new ArrayList<>();

	/**
	 * Port to use instead of the one carried by the Cloud ID (443 when it carries none).
	 */
	private @Nullable Integer port;

	/**
	 * Prefix added to the path of every request, for nodes behind a proxy that serves
	 * Elasticsearch under a sub-path.
	 */
	private @Nullable String pathPrefix;

	/**
	 * User name for HTTP Basic authentication. Requires "elastic.password".
	 */
	private @Nullable String username;

	/**
	 * Password for HTTP Basic authentication. Requires "elastic.username".
	 */
	private @Nullable String password;

	/**
	 * API key: either the "encoded" value returned by Elasticsearch when the key was
	 * created, or "id:api_key", which is then Base64-encoded for you.
	 */
	private @Nullable String apiKey;

	/**
	 * Bearer token, such as a service account token or an OAuth2 access token.
	 */
	private @Nullable String bearerToken;

	/**
	 * File holding the password, such as a mounted Kubernetes secret, instead of
	 * "elastic.password". Read again when it changes, without a restart.
	 */
	private @Nullable String passwordFile;

	/**
	 * File holding the API key (as "elastic.api-key" takes it), such as a mounted Kubernetes
	 * secret. Read again when it changes, without a restart.
	 */
	private @Nullable String apiKeyFile;

	/**
	 * File holding the bearer token, such as a mounted Kubernetes secret. Read again when it
	 * changes, without a restart.
	 */
	private @Nullable String bearerTokenFile;

	/**
	 * How long a request that Elasticsearch rejected (401) waits for a credential file to
	 * change before it fails, for rotations where Elasticsearch changes first and the file
	 * follows, such as a file-realm password. Only applies to credentials read from files.
	 */
	private Duration credentialFileGracePeriod = Duration.ofSeconds(5);

	/**
	 * Whether to gzip request bodies and ask for gzip responses. Defaults to true with a
	 * Cloud ID and false otherwise.
	 */
	private @Nullable Boolean compression;

	/**
	 * Whether to send REST compatibility headers ("application/vnd.elasticsearch+json;
	 * compatible-with=N") instead of "application/json". The environment variable
	 * ELASTIC_CLIENT_APIVERSIONING (true or false) overrides this property.
	 */
	private boolean compatibilityMode = true;

	/**
	 * Kind of Elasticsearch server. "serverless" sends the "elastic-api-version" header
	 * instead of REST compatibility headers.
	 */
	private ServerMode serverMode = ServerMode.STACK;

	/**
	 * Time to establish a TCP connection.
	 */
	private Duration connectTimeout = Duration.ofSeconds(1);

	/**
	 * Longest silence allowed on a connection while waiting for data.
	 */
	private Duration socketTimeout = Duration.ofSeconds(30);

	/**
	 * Longest time to wait for a whole response. Unset means no limit beyond the socket
	 * timeout.
	 */
	private @Nullable Duration responseTimeout;

	/**
	 * Longest time a request waits for a free connection from the pool.
	 */
	private Duration connectionRequestTimeout = Duration.ofSeconds(30);

	/**
	 * Whether to enable TCP keep-alive probes on connections.
	 */
	private boolean tcpKeepAlive = true;

	/**
	 * HTTP proxy to send requests through, such as "http://proxy.example.com:3128".
	 */
	private @Nullable URI proxy;

	/**
	 * Which nodes requests may be sent to.
	 */
	private NodeSelection nodeSelector = NodeSelection.SKIP_DEDICATED_MASTERS;

	/**
	 * Headers sent with every request.
	 */
	private Map<String, String> headers = new LinkedHashMap<>();

	/**
	 * Value of the "X-Opaque-Id" header sent with every request, which Elasticsearch
	 * shows in tasks, slow logs and deprecation logs.
	 */
	private @Nullable String opaqueId;

	/**
	 * Whether to send the "X-Elastic-Client-Meta" header, which describes the client
	 * and runtime to Elasticsearch.
	 */
	private boolean metaHeader = true;

	/**
	 * Whether to check the server with one request at start-up, reported in one log line
	 * (version, compatibility with this client, authentication, the TLS chain presented):
	 * "off" sends nothing (cold starts pay nothing), "warn" logs a problem as a warning,
	 * "fail" stops start-up on an unreachable server, rejected credentials, a chain that does
	 * not match the trust, or a server of an incompatible major version.
	 */
	private StartupCheckMode startupCheck = StartupCheckMode.OFF;

	private final Ssl ssl = new Ssl();

	private final Sniffing sniffing = new Sniffing();

	private final Pool pool = new Pool();

	private final Retry retry = new Retry();

	private final CurlLog curlLog = new CurlLog();

	public @Nullable String getCloudId() {
		return this.cloudId;
	}

	public void setCloudId(@Nullable String cloudId) {
		this.cloudId = cloudId;
	}

	public List<String> getHosts() {
		return this.hosts;
	}

	public void setHosts(List<String> hosts) {
		this.hosts = hosts;
	}

	public @Nullable Integer getPort() {
		return this.port;
	}

	public void setPort(@Nullable Integer port) {
		this.port = port;
	}

	public @Nullable String getPathPrefix() {
		return this.pathPrefix;
	}

	public void setPathPrefix(@Nullable String pathPrefix) {
		this.pathPrefix = pathPrefix;
	}

	public @Nullable String getUsername() {
		return this.username;
	}

	public void setUsername(@Nullable String username) {
		this.username = username;
	}

	public @Nullable String getPassword() {
		return this.password;
	}

	public void setPassword(@Nullable String password) {
		this.password = password;
	}

	public @Nullable String getApiKey() {
		return this.apiKey;
	}

	public void setApiKey(@Nullable String apiKey) {
		this.apiKey = apiKey;
	}

	public @Nullable String getBearerToken() {
		return this.bearerToken;
	}

	public void setBearerToken(@Nullable String bearerToken) {
		this.bearerToken = bearerToken;
	}

	public @Nullable String getPasswordFile() {
		return this.passwordFile;
	}

	public void setPasswordFile(@Nullable String passwordFile) {
		this.passwordFile = passwordFile;
	}

	public @Nullable String getApiKeyFile() {
		return this.apiKeyFile;
	}

	public void setApiKeyFile(@Nullable String apiKeyFile) {
		this.apiKeyFile = apiKeyFile;
	}

	public Duration getCredentialFileGracePeriod() {
		return this.credentialFileGracePeriod;
	}

	public void setCredentialFileGracePeriod(Duration credentialFileGracePeriod) {
		this.credentialFileGracePeriod = credentialFileGracePeriod;
	}

	public @Nullable String getBearerTokenFile() {
		return this.bearerTokenFile;
	}

	public void setBearerTokenFile(@Nullable String bearerTokenFile) {
		this.bearerTokenFile = bearerTokenFile;
	}

	public @Nullable Boolean getCompression() {
		return this.compression;
	}

	public void setCompression(@Nullable Boolean compression) {
		this.compression = compression;
	}

	public boolean isCompatibilityMode() {
		return this.compatibilityMode;
	}

	public void setCompatibilityMode(boolean compatibilityMode) {
		this.compatibilityMode = compatibilityMode;
	}

	public ServerMode getServerMode() {
		return this.serverMode;
	}

	public void setServerMode(ServerMode serverMode) {
		this.serverMode = serverMode;
	}

	public Duration getConnectTimeout() {
		return this.connectTimeout;
	}

	public void setConnectTimeout(Duration connectTimeout) {
		this.connectTimeout = connectTimeout;
	}

	public Duration getSocketTimeout() {
		return this.socketTimeout;
	}

	public void setSocketTimeout(Duration socketTimeout) {
		this.socketTimeout = socketTimeout;
	}

	public @Nullable Duration getResponseTimeout() {
		return this.responseTimeout;
	}

	public void setResponseTimeout(@Nullable Duration responseTimeout) {
		this.responseTimeout = responseTimeout;
	}

	public Duration getConnectionRequestTimeout() {
		return this.connectionRequestTimeout;
	}

	public void setConnectionRequestTimeout(Duration connectionRequestTimeout) {
		this.connectionRequestTimeout = connectionRequestTimeout;
	}

	public boolean isTcpKeepAlive() {
		return this.tcpKeepAlive;
	}

	public void setTcpKeepAlive(boolean tcpKeepAlive) {
		this.tcpKeepAlive = tcpKeepAlive;
	}

	public @Nullable URI getProxy() {
		return this.proxy;
	}

	public void setProxy(@Nullable URI proxy) {
		this.proxy = proxy;
	}

	public NodeSelection getNodeSelector() {
		return this.nodeSelector;
	}

	public void setNodeSelector(NodeSelection nodeSelector) {
		this.nodeSelector = nodeSelector;
	}

	public Map<String, String> getHeaders() {
		return this.headers;
	}

	public void setHeaders(Map<String, String> headers) {
		this.headers = headers;
	}

	public @Nullable String getOpaqueId() {
		return this.opaqueId;
	}

	public void setOpaqueId(@Nullable String opaqueId) {
		this.opaqueId = opaqueId;
	}

	public boolean isMetaHeader() {
		return this.metaHeader;
	}

	public void setMetaHeader(boolean metaHeader) {
		this.metaHeader = metaHeader;
	}

	public StartupCheckMode getStartupCheck() {
		return this.startupCheck;
	}

	public void setStartupCheck(StartupCheckMode startupCheck) {
		this.startupCheck = startupCheck;
	}

	public Ssl getSsl() {
		return this.ssl;
	}

	public Sniffing getSniffing() {
		return this.sniffing;
	}

	public Pool getPool() {
		return this.pool;
	}

	public Retry getRetry() {
		return this.retry;
	}

	public CurlLog getCurlLog() {
		return this.curlLog;
	}

	/**
	 * Kind of Elasticsearch server the client talks to.
	 */
	public enum ServerMode {

		/**
		 * Self-managed or Elastic Cloud Hosted Elasticsearch.
		 */
		STACK,

		/**
		 * Elastic Cloud Serverless.
		 */
		SERVERLESS

	}

	/**
	 * Which nodes requests may be sent to.
	 */
	public enum NodeSelection {

		/**
		 * Any node.
		 */
		ANY,

		/**
		 * Any node but dedicated master nodes, when node roles are known (through
		 * sniffing).
		 */
		SKIP_DEDICATED_MASTERS

	}

	/**
	 * TLS: whom to trust and how the server's certificate is checked.
	 */
	public static class Ssl {

		/**
		 * Name of the Spring SSL bundle ("spring.ssl.bundle.*") holding the trust material
		 * (and, for mutual TLS, the key) for HTTPS connections.
		 */
		private @Nullable String bundle;

		/**
		 * SHA-256 fingerprint of the certificate authority that signed the server's
		 * certificate, as hex with or without colons. Trusts that CA alone.
		 */
		private @Nullable String caFingerprint;

		/**
		 * How the server's certificate is checked. "none" disables all checks and should
		 * never be used outside a throw-away test.
		 */
		private VerificationMode verificationMode = VerificationMode.FULL;

		public @Nullable String getBundle() {
			return this.bundle;
		}

		public void setBundle(@Nullable String bundle) {
			this.bundle = bundle;
		}

		public @Nullable String getCaFingerprint() {
			return this.caFingerprint;
		}

		public void setCaFingerprint(@Nullable String caFingerprint) {
			this.caFingerprint = caFingerprint;
		}

		public VerificationMode getVerificationMode() {
			return this.verificationMode;
		}

		public void setVerificationMode(VerificationMode verificationMode) {
			this.verificationMode = verificationMode;
		}

	}

	/**
	 * Discovery of the cluster's nodes.
	 */
	public static class Sniffing {

		/**
		 * Whether to discover the cluster's nodes periodically. Only for self-managed
		 * clusters that the application reaches directly; refused with a Cloud ID.
		 */
		private boolean enabled;

		/**
		 * Time between two discoveries.
		 */
		private Duration interval = Duration.ofMinutes(5);

		/**
		 * Whether to run a discovery as soon as a node fails.
		 */
		private boolean onFailure = true;

		/**
		 * Time between a discovery caused by a failure and the next scheduled one.
		 */
		private Duration delayAfterFailure = Duration.ofMinutes(1);

		public boolean isEnabled() {
			return this.enabled;
		}

		public void setEnabled(boolean enabled) {
			this.enabled = enabled;
		}

		public Duration getInterval() {
			return this.interval;
		}

		public void setInterval(Duration interval) {
			this.interval = interval;
		}

		public boolean isOnFailure() {
			return this.onFailure;
		}

		public void setOnFailure(boolean onFailure) {
			this.onFailure = onFailure;
		}

		public Duration getDelayAfterFailure() {
			return this.delayAfterFailure;
		}

		public void setDelayAfterFailure(Duration delayAfterFailure) {
			this.delayAfterFailure = delayAfterFailure;
		}

	}

	/**
	 * The connection pool, shared by the client's synchronous and asynchronous beans.
	 */
	public static class Pool {

		/**
		 * Maximum number of connections in the pool, over all nodes.
		 */
		private int maxConnections = 128;

		/**
		 * Maximum number of connections to one node.
		 */
		private int maxConnectionsPerRoute = 64;

		/**
		 * Pooled connections idle for longer than this are closed. Keep it below the idle
		 * timeout of load balancers between the application and Elasticsearch (60 seconds on
		 * AWS ALB).
		 */
		private Duration idleTimeout = Duration.ofSeconds(30);

		/**
		 * A pooled connection idle for longer than this is checked before it is reused, so
		 * that a connection the server closed is not used for a request.
		 */
		private Duration validateAfterInactivity = Duration.ofSeconds(2);

		public int getMaxConnections() {
			return this.maxConnections;
		}

		public void setMaxConnections(int maxConnections) {
			this.maxConnections = maxConnections;
		}

		public int getMaxConnectionsPerRoute() {
			return this.maxConnectionsPerRoute;
		}

		public void setMaxConnectionsPerRoute(int maxConnectionsPerRoute) {
			this.maxConnectionsPerRoute = maxConnectionsPerRoute;
		}

		public Duration getIdleTimeout() {
			return this.idleTimeout;
		}

		public void setIdleTimeout(Duration idleTimeout) {
			this.idleTimeout = idleTimeout;
		}

		public Duration getValidateAfterInactivity() {
			return this.validateAfterInactivity;
		}

		public void setValidateAfterInactivity(Duration validateAfterInactivity) {
			this.validateAfterInactivity = validateAfterInactivity;
		}

	}

	/**
	 * Retries of one request on the same node. The names are those of "elastic.bulk.*", which
	 * retries the operations of a bulk load.
	 */
	public static class Retry {

		/**
		 * How many times a request is retried on the same node: after a status of "on-status",
		 * or, for requests safe to send again, after an I/O error once sent. Connect, DNS and
		 * TLS errors fail over to the next node instead; timeouts are not retried. Bulk
		 * requests are not retried here: elastic.bulk.max-retries applies to them. 0 disables
		 * retries.
		 */
		private int maxRetries = 3;

		/**
		 * HTTP status codes that are retried, with exponential back-off.
		 */
		private List<Integer> onStatus = new ArrayList<>(List.of(429, 502, 503, 504));

		/**
		 * Back-off before the first retry; it doubles for each further retry. A Retry-After
		 * header from the server takes precedence.
		 */
		private Duration initialBackoff = Duration.ofMillis(100);

		/**
		 * Upper bound of the back-off between two retries, and of a server's Retry-After.
		 */
		private Duration maxBackoff = Duration.ofSeconds(10);

		public int getMaxRetries() {
			return this.maxRetries;
		}

		public void setMaxRetries(int maxRetries) {
			this.maxRetries = maxRetries;
		}

		public List<Integer> getOnStatus() {
			return this.onStatus;
		}

		public void setOnStatus(List<Integer> onStatus) {
			this.onStatus = onStatus;
		}

		public Duration getInitialBackoff() {
			return this.initialBackoff;
		}

		public void setInitialBackoff(Duration initialBackoff) {
			this.initialBackoff = initialBackoff;
		}

		public Duration getMaxBackoff() {
			return this.maxBackoff;
		}

		public void setMaxBackoff(Duration maxBackoff) {
			this.maxBackoff = maxBackoff;
		}

	}

	/**
	 * The curl log, which the logger "io.github.elasticstarter.curl" writes at DEBUG.
	 */
	public static class CurlLog {

		/**
		 * Largest request body written in full in the curl log. A longer body is cut there, and
		 * the line says so and is commented out, so that it cannot send a partial body by
		 * accident.
		 */
		private DataSize maxBodySize = DataSize.ofKilobytes(10);

		public DataSize getMaxBodySize() {
			return this.maxBodySize;
		}

		public void setMaxBodySize(DataSize maxBodySize) {
			this.maxBodySize = maxBodySize;
		}

	}

}
