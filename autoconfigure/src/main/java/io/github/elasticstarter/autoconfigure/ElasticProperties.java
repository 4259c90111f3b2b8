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

	/**
	 * Return the Cloud ID of the Elastic Cloud deployment.
	 * @return the Cloud ID ("name:base64"), or {@code null}
	 */
	public @Nullable String getCloudId() {
		return this.cloudId;
	}

	/**
	 * Set the Cloud ID of the Elastic Cloud deployment.
	 * @param cloudId the Cloud ID ("name:base64"), or {@code null}
	 */
	public void setCloudId(@Nullable String cloudId) {
		this.cloudId = cloudId;
	}

	/**
	 * Return the URLs of the Elasticsearch nodes.
	 * @return the node URLs
	 */
	public List<String> getHosts() {
		return this.hosts;
	}

	/**
	 * Set the URLs of the Elasticsearch nodes.
	 * @param hosts the node URLs
	 */
	public void setHosts(List<String> hosts) {
		this.hosts = hosts;
	}

	/**
	 * Return the port to use instead of the one carried by the Cloud ID.
	 * @return the port, or {@code null}
	 */
	public @Nullable Integer getPort() {
		return this.port;
	}

	/**
	 * Set the port to use instead of the one carried by the Cloud ID.
	 * @param port the port, or {@code null}
	 */
	public void setPort(@Nullable Integer port) {
		this.port = port;
	}

	/**
	 * Return the prefix added to the path of every request.
	 * @return the path prefix, or {@code null}
	 */
	public @Nullable String getPathPrefix() {
		return this.pathPrefix;
	}

	/**
	 * Set the prefix added to the path of every request.
	 * @param pathPrefix the path prefix, or {@code null}
	 */
	public void setPathPrefix(@Nullable String pathPrefix) {
		this.pathPrefix = pathPrefix;
	}

	/**
	 * Return the user name for HTTP Basic authentication.
	 * @return the user name, or {@code null}
	 */
	public @Nullable String getUsername() {
		return this.username;
	}

	/**
	 * Set the user name for HTTP Basic authentication.
	 * @param username the user name, or {@code null}
	 */
	public void setUsername(@Nullable String username) {
		this.username = username;
	}

	/**
	 * Return the password for HTTP Basic authentication.
	 * @return the password, or {@code null}
	 */
	public @Nullable String getPassword() {
		return this.password;
	}

	/**
	 * Set the password for HTTP Basic authentication.
	 * @param password the password, or {@code null}
	 */
	public void setPassword(@Nullable String password) {
		this.password = password;
	}

	/**
	 * Return the API key, encoded or as "id:api_key".
	 * @return the API key, or {@code null}
	 */
	public @Nullable String getApiKey() {
		return this.apiKey;
	}

	/**
	 * Set the API key, encoded or as "id:api_key".
	 * @param apiKey the API key, or {@code null}
	 */
	public void setApiKey(@Nullable String apiKey) {
		this.apiKey = apiKey;
	}

	/**
	 * Return the bearer token.
	 * @return the bearer token, or {@code null}
	 */
	public @Nullable String getBearerToken() {
		return this.bearerToken;
	}

	/**
	 * Set the bearer token.
	 * @param bearerToken the bearer token, or {@code null}
	 */
	public void setBearerToken(@Nullable String bearerToken) {
		this.bearerToken = bearerToken;
	}

	/**
	 * Return the file holding the password.
	 * @return the path of the file, or {@code null}
	 */
	public @Nullable String getPasswordFile() {
		return this.passwordFile;
	}

	/**
	 * Set the file holding the password.
	 * @param passwordFile the path of the file, or {@code null}
	 */
	public void setPasswordFile(@Nullable String passwordFile) {
		this.passwordFile = passwordFile;
	}

	/**
	 * Return the file holding the API key.
	 * @return the path of the file, or {@code null}
	 */
	public @Nullable String getApiKeyFile() {
		return this.apiKeyFile;
	}

	/**
	 * Set the file holding the API key.
	 * @param apiKeyFile the path of the file, or {@code null}
	 */
	public void setApiKeyFile(@Nullable String apiKeyFile) {
		this.apiKeyFile = apiKeyFile;
	}

	/**
	 * Return how long a request rejected with 401 waits for a credential file to change.
	 * @return the grace period
	 */
	public Duration getCredentialFileGracePeriod() {
		return this.credentialFileGracePeriod;
	}

	/**
	 * Set how long a request rejected with 401 waits for a credential file to change.
	 * @param credentialFileGracePeriod the grace period
	 */
	public void setCredentialFileGracePeriod(Duration credentialFileGracePeriod) {
		this.credentialFileGracePeriod = credentialFileGracePeriod;
	}

	/**
	 * Return the file holding the bearer token.
	 * @return the path of the file, or {@code null}
	 */
	public @Nullable String getBearerTokenFile() {
		return this.bearerTokenFile;
	}

	/**
	 * Set the file holding the bearer token.
	 * @param bearerTokenFile the path of the file, or {@code null}
	 */
	public void setBearerTokenFile(@Nullable String bearerTokenFile) {
		this.bearerTokenFile = bearerTokenFile;
	}

	/**
	 * Return whether to gzip request bodies and ask for gzip responses.
	 * @return whether to compress, or {@code null} for the default (true with a Cloud ID)
	 */
	public @Nullable Boolean getCompression() {
		return this.compression;
	}

	/**
	 * Set whether to gzip request bodies and ask for gzip responses.
	 * @param compression whether to compress, or {@code null} for the default (true with a Cloud ID)
	 */
	public void setCompression(@Nullable Boolean compression) {
		this.compression = compression;
	}

	/**
	 * Return whether to send REST compatibility headers.
	 * @return whether compatibility mode is on
	 */
	public boolean isCompatibilityMode() {
		return this.compatibilityMode;
	}

	/**
	 * Set whether to send REST compatibility headers.
	 * @param compatibilityMode whether compatibility mode is on
	 */
	public void setCompatibilityMode(boolean compatibilityMode) {
		this.compatibilityMode = compatibilityMode;
	}

	/**
	 * Return the kind of Elasticsearch server.
	 * @return the server mode
	 */
	public ServerMode getServerMode() {
		return this.serverMode;
	}

	/**
	 * Set the kind of Elasticsearch server.
	 * @param serverMode the server mode
	 */
	public void setServerMode(ServerMode serverMode) {
		this.serverMode = serverMode;
	}

	/**
	 * Return the time to establish a TCP connection.
	 * @return the connect timeout
	 */
	public Duration getConnectTimeout() {
		return this.connectTimeout;
	}

	/**
	 * Set the time to establish a TCP connection.
	 * @param connectTimeout the connect timeout
	 */
	public void setConnectTimeout(Duration connectTimeout) {
		this.connectTimeout = connectTimeout;
	}

	/**
	 * Return the longest silence allowed on a connection while waiting for data.
	 * @return the socket timeout
	 */
	public Duration getSocketTimeout() {
		return this.socketTimeout;
	}

	/**
	 * Set the longest silence allowed on a connection while waiting for data.
	 * @param socketTimeout the socket timeout
	 */
	public void setSocketTimeout(Duration socketTimeout) {
		this.socketTimeout = socketTimeout;
	}

	/**
	 * Return the longest time to wait for a whole response.
	 * @return the response timeout, or {@code null} for no limit beyond the socket timeout
	 */
	public @Nullable Duration getResponseTimeout() {
		return this.responseTimeout;
	}

	/**
	 * Set the longest time to wait for a whole response.
	 * @param responseTimeout the response timeout, or {@code null} for no limit beyond the socket timeout
	 */
	public void setResponseTimeout(@Nullable Duration responseTimeout) {
		this.responseTimeout = responseTimeout;
	}

	/**
	 * Return the longest time a request waits for a free connection from the pool.
	 * @return the connection request timeout
	 */
	public Duration getConnectionRequestTimeout() {
		return this.connectionRequestTimeout;
	}

	/**
	 * Set the longest time a request waits for a free connection from the pool.
	 * @param connectionRequestTimeout the connection request timeout
	 */
	public void setConnectionRequestTimeout(Duration connectionRequestTimeout) {
		this.connectionRequestTimeout = connectionRequestTimeout;
	}

	/**
	 * Return whether to enable TCP keep-alive probes on connections.
	 * @return whether TCP keep-alive is on
	 */
	public boolean isTcpKeepAlive() {
		return this.tcpKeepAlive;
	}

	/**
	 * Set whether to enable TCP keep-alive probes on connections.
	 * @param tcpKeepAlive whether TCP keep-alive is on
	 */
	public void setTcpKeepAlive(boolean tcpKeepAlive) {
		this.tcpKeepAlive = tcpKeepAlive;
	}

	/**
	 * Return the HTTP proxy to send requests through.
	 * @return the proxy URI, or {@code null}
	 */
	public @Nullable URI getProxy() {
		return this.proxy;
	}

	/**
	 * Set the HTTP proxy to send requests through.
	 * @param proxy the proxy URI, or {@code null}
	 */
	public void setProxy(@Nullable URI proxy) {
		this.proxy = proxy;
	}

	/**
	 * Return which nodes requests may be sent to.
	 * @return the node selection
	 */
	public NodeSelection getNodeSelector() {
		return this.nodeSelector;
	}

	/**
	 * Set which nodes requests may be sent to.
	 * @param nodeSelector the node selection
	 */
	public void setNodeSelector(NodeSelection nodeSelector) {
		this.nodeSelector = nodeSelector;
	}

	/**
	 * Return the headers sent with every request.
	 * @return the headers by name
	 */
	public Map<String, String> getHeaders() {
		return this.headers;
	}

	/**
	 * Set the headers sent with every request.
	 * @param headers the headers by name
	 */
	public void setHeaders(Map<String, String> headers) {
		this.headers = headers;
	}

	/**
	 * Return the value of the "X-Opaque-Id" header sent with every request.
	 * @return the opaque id, or {@code null}
	 */
	public @Nullable String getOpaqueId() {
		return this.opaqueId;
	}

	/**
	 * Set the value of the "X-Opaque-Id" header sent with every request.
	 * @param opaqueId the opaque id, or {@code null}
	 */
	public void setOpaqueId(@Nullable String opaqueId) {
		this.opaqueId = opaqueId;
	}

	/**
	 * Return whether to send the "X-Elastic-Client-Meta" header.
	 * @return whether the meta header is sent
	 */
	public boolean isMetaHeader() {
		return this.metaHeader;
	}

	/**
	 * Set whether to send the "X-Elastic-Client-Meta" header.
	 * @param metaHeader whether the meta header is sent
	 */
	public void setMetaHeader(boolean metaHeader) {
		this.metaHeader = metaHeader;
	}

	/**
	 * Return whether and how to check the server at start-up.
	 * @return the start-up check mode
	 */
	public StartupCheckMode getStartupCheck() {
		return this.startupCheck;
	}

	/**
	 * Set whether and how to check the server at start-up.
	 * @param startupCheck the start-up check mode
	 */
	public void setStartupCheck(StartupCheckMode startupCheck) {
		this.startupCheck = startupCheck;
	}

	/**
	 * Return the TLS settings.
	 * @return the TLS settings
	 */
	public Ssl getSsl() {
		return this.ssl;
	}

	/**
	 * Return the node discovery settings.
	 * @return the sniffing settings
	 */
	public Sniffing getSniffing() {
		return this.sniffing;
	}

	/**
	 * Return the connection pool settings.
	 * @return the pool settings
	 */
	public Pool getPool() {
		return this.pool;
	}

	/**
	 * Return the settings of retries on the same node.
	 * @return the retry settings
	 */
	public Retry getRetry() {
		return this.retry;
	}

	/**
	 * Return the curl log settings.
	 * @return the curl log settings
	 */
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

		/**
		 * Return the name of the Spring SSL bundle holding the trust material.
		 * @return the bundle name, or {@code null}
		 */
		public @Nullable String getBundle() {
			return this.bundle;
		}

		/**
		 * Set the name of the Spring SSL bundle holding the trust material.
		 * @param bundle the bundle name, or {@code null}
		 */
		public void setBundle(@Nullable String bundle) {
			this.bundle = bundle;
		}

		/**
		 * Return the SHA-256 fingerprint of the certificate authority to trust.
		 * @return the fingerprint as hex, or {@code null}
		 */
		public @Nullable String getCaFingerprint() {
			return this.caFingerprint;
		}

		/**
		 * Set the SHA-256 fingerprint of the certificate authority to trust.
		 * @param caFingerprint the fingerprint as hex, or {@code null}
		 */
		public void setCaFingerprint(@Nullable String caFingerprint) {
			this.caFingerprint = caFingerprint;
		}

		/**
		 * Return how the server's certificate is checked.
		 * @return the verification mode
		 */
		public VerificationMode getVerificationMode() {
			return this.verificationMode;
		}

		/**
		 * Set how the server's certificate is checked.
		 * @param verificationMode the verification mode
		 */
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

		/**
		 * Return whether to discover the cluster's nodes periodically.
		 * @return whether sniffing is on
		 */
		public boolean isEnabled() {
			return this.enabled;
		}

		/**
		 * Set whether to discover the cluster's nodes periodically.
		 * @param enabled whether sniffing is on
		 */
		public void setEnabled(boolean enabled) {
			this.enabled = enabled;
		}

		/**
		 * Return the time between two discoveries.
		 * @return the sniffing interval
		 */
		public Duration getInterval() {
			return this.interval;
		}

		/**
		 * Set the time between two discoveries.
		 * @param interval the sniffing interval
		 */
		public void setInterval(Duration interval) {
			this.interval = interval;
		}

		/**
		 * Return whether to run a discovery as soon as a node fails.
		 * @return whether a failure triggers a discovery
		 */
		public boolean isOnFailure() {
			return this.onFailure;
		}

		/**
		 * Set whether to run a discovery as soon as a node fails.
		 * @param onFailure whether a failure triggers a discovery
		 */
		public void setOnFailure(boolean onFailure) {
			this.onFailure = onFailure;
		}

		/**
		 * Return the time between a discovery caused by a failure and the next scheduled one.
		 * @return the delay
		 */
		public Duration getDelayAfterFailure() {
			return this.delayAfterFailure;
		}

		/**
		 * Set the time between a discovery caused by a failure and the next scheduled one.
		 * @param delayAfterFailure the delay
		 */
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

		/**
		 * Return the maximum number of connections in the pool, over all nodes.
		 * @return the maximum
		 */
		public int getMaxConnections() {
			return this.maxConnections;
		}

		/**
		 * Set the maximum number of connections in the pool, over all nodes.
		 * @param maxConnections the maximum
		 */
		public void setMaxConnections(int maxConnections) {
			this.maxConnections = maxConnections;
		}

		/**
		 * Return the maximum number of connections to one node.
		 * @return the maximum per node
		 */
		public int getMaxConnectionsPerRoute() {
			return this.maxConnectionsPerRoute;
		}

		/**
		 * Set the maximum number of connections to one node.
		 * @param maxConnectionsPerRoute the maximum per node
		 */
		public void setMaxConnectionsPerRoute(int maxConnectionsPerRoute) {
			this.maxConnectionsPerRoute = maxConnectionsPerRoute;
		}

		/**
		 * Return how long a pooled connection may stay idle before it is closed.
		 * @return the idle timeout
		 */
		public Duration getIdleTimeout() {
			return this.idleTimeout;
		}

		/**
		 * Set how long a pooled connection may stay idle before it is closed.
		 * @param idleTimeout the idle timeout
		 */
		public void setIdleTimeout(Duration idleTimeout) {
			this.idleTimeout = idleTimeout;
		}

		/**
		 * Return how long a pooled connection may stay idle before it is checked on reuse.
		 * @return the inactivity period
		 */
		public Duration getValidateAfterInactivity() {
			return this.validateAfterInactivity;
		}

		/**
		 * Set how long a pooled connection may stay idle before it is checked on reuse.
		 * @param validateAfterInactivity the inactivity period
		 */
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

		/**
		 * Return how many times a request is retried on the same node.
		 * @return the retries, 0 for none
		 */
		public int getMaxRetries() {
			return this.maxRetries;
		}

		/**
		 * Set how many times a request is retried on the same node.
		 * @param maxRetries the retries, 0 for none
		 */
		public void setMaxRetries(int maxRetries) {
			this.maxRetries = maxRetries;
		}

		/**
		 * Return the HTTP status codes that are retried.
		 * @return the status codes
		 */
		public List<Integer> getOnStatus() {
			return this.onStatus;
		}

		/**
		 * Set the HTTP status codes that are retried.
		 * @param onStatus the status codes
		 */
		public void setOnStatus(List<Integer> onStatus) {
			this.onStatus = onStatus;
		}

		/**
		 * Return the back-off before the first retry.
		 * @return the initial back-off
		 */
		public Duration getInitialBackoff() {
			return this.initialBackoff;
		}

		/**
		 * Set the back-off before the first retry.
		 * @param initialBackoff the initial back-off
		 */
		public void setInitialBackoff(Duration initialBackoff) {
			this.initialBackoff = initialBackoff;
		}

		/**
		 * Return the upper bound of the back-off and of a server's Retry-After.
		 * @return the longest back-off
		 */
		public Duration getMaxBackoff() {
			return this.maxBackoff;
		}

		/**
		 * Set the upper bound of the back-off and of a server's Retry-After.
		 * @param maxBackoff the longest back-off
		 */
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

		/**
		 * Return the largest request body written in full in the curl log.
		 * @return the largest body size
		 */
		public DataSize getMaxBodySize() {
			return this.maxBodySize;
		}

		/**
		 * Set the largest request body written in full in the curl log.
		 * @param maxBodySize the largest body size
		 */
		public void setMaxBodySize(DataSize maxBodySize) {
			this.maxBodySize = maxBodySize;
		}

	}

}
