package io.github.elasticstarter.insight;

import java.io.IOException;
import java.util.List;

import co.elastic.clients.transport.rest5_client.low_level.ResponseException;
import io.github.elasticstarter.credentials.ElasticCredentials;
import io.github.elasticstarter.insight.Compatibility.Verdict;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.context.SmartLifecycle;

/**
 * The {@code elastic.startup-check}: one request per client, once the client's pool has started
 * and before the web server takes traffic, reported in one log line: the server's version and
 * whether it suits this client, that the credentials work, and what the TLS peer presented. At
 * {@code fail}, an unreachable server, rejected credentials, a chain that does not match the pin,
 * or a server of an incompatible major stop start-up.
 */
public class StartupCheck implements SmartLifecycle {

	/**
	 * Just after the clients' pools start ({@code DEFAULT_PHASE - 4096}), before the web server
	 * ({@code DEFAULT_PHASE - 2048}).
	 */
	static final int PHASE = SmartLifecycle.DEFAULT_PHASE - 4095;

	private static final Log logger = LogFactory.getLog(StartupCheck.class);

	private final List<ClientInsight> clients;

	private volatile boolean checked;

	private volatile boolean running;

	/**
	 * Create the check of the given clients; only those whose mode is not
	 * {@link StartupCheckMode#OFF} are checked.
	 * @param clients the clients
	 */
	public StartupCheck(List<ClientInsight> clients) {
		this.clients = clients;
	}

	@Override
	public void start() {
		// Once: a restart after a checkpoint must be fast, and the server was checked already.
		if (!this.checked) {
			this.checked = true;
			this.clients.stream().filter((client) -> client.startupCheck() != StartupCheckMode.OFF)
				.forEach(StartupCheck::check);
		}
		this.running = true;
	}

	static void check(ClientInsight client) {
		String name = "Elasticsearch client '" + client.clientName() + "'";
		ServerInfo server;
		try {
			server = client.readServer();
		}
		catch (IOException ex) {
			failed(client, name + ": the start-up request failed: " + reason(ex) + tlsPeers(client), action(ex));
			return;
		}
		Compatibility compatibility = client.compatibility(server);
		String credentials = ElasticCredentials.NONE.kind().equals(client.credentialKind()) ? "no credentials sent"
				: "the server accepted the " + client.credentialKind();
		String line = name + ": " + compatibility.verdict().label() + ": "
				+ compatibility.reason() + " (build flavour " + server.buildFlavor() + ", version read from "
				+ server.source() + "); " + credentials + tlsPeers(client);
		if (compatibility.verdict() == Verdict.INCOMPATIBLE) {
			failed(client, line, "Use a client of the server's major version, or a server of this client's major "
					+ "(with elastic.compatibility-mode=true, the next major works too)");
		}
		else if (compatibility.verdict() == Verdict.COMPATIBLE) {
			logger.info(line);
		}
		else {
			logger.warn(line);
		}
	}

	private static void failed(ClientInsight client, String problem, String action) {
		if (client.startupCheck() == StartupCheckMode.FAIL) {
			throw new StartupCheckFailedException(client.clientName(), problem, action);
		}
		logger.warn(problem + ". " + action + ".");
	}

	private static String reason(IOException ex) {
		if (ex instanceof ResponseException response) {
			return "the server answered " + response.getResponse().getStatusCode()
					+ ((response.getResponse().getStatusCode() == 401) ? " (the credentials were rejected)" : "");
		}
		Throwable root = ex;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		return ex.getClass().getSimpleName() + ": " + ex.getMessage()
				+ ((root != ex) ? " (" + root.getClass().getSimpleName() + ": " + root.getMessage() + ")" : "");
	}

	private static String action(IOException ex) {
		if (ex instanceof ResponseException response && response.getResponse().getStatusCode() == 401) {
			return "Check the credential (elastic.username and elastic.password, elastic.api-key or "
					+ "elastic.bearer-token)";
		}
		return "Check elastic.hosts and, over HTTPS, the trust (elastic.ssl.ca-fingerprint or elastic.ssl.bundle)";
	}

	private static String tlsPeers(ClientInsight client) {
		TlsReport tls = client.tls();
		if (tls.chains().isEmpty()) {
			return "";
		}
		return "; TLS " + (Boolean.TRUE.equals(tls.matches()) ? "matches the configured trust, "
				: "DOES NOT match the configured trust, ") + tls.presentedFingerprints();
	}

	@Override
	public void stop() {
		this.running = false;
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	@Override
	public int getPhase() {
		return PHASE;
	}

}
