package io.github.elasticstarter.autoconfigure;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Locale;

import io.github.elasticstarter.tls.VerificationMode;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * Logs the configurations that work but expose the application: certificate checks switched
 * off, or credentials sent in clear text over the network. Messages name hosts and
 * properties, never secrets.
 */
final class ElasticSecurityWarnings {

	private static final Log logger = LogFactory.getLog(ElasticSecurityWarnings.class);

	private ElasticSecurityWarnings() {
	}

	static void log(ElasticProperties properties, ElasticConnectionDetails connectionDetails) {
		VerificationMode mode = properties.getSsl().getVerificationMode();
		if (mode == VerificationMode.NONE) {
			logger.warn("TLS CERTIFICATE VERIFICATION IS DISABLED ('elastic.ssl.verification-mode: none'): anyone "
					+ "on the network path to Elasticsearch can impersonate it and read the credentials and data "
					+ "this application sends. Trust the server's CA with 'elastic.ssl.bundle' or "
					+ "'elastic.ssl.ca-fingerprint' instead.");
		}
		else if (mode == VerificationMode.CERTIFICATE) {
			logger.warn("TLS host name verification is disabled ('elastic.ssl.verification-mode: certificate'): "
					+ "any server holding a certificate from a trusted CA can impersonate Elasticsearch.");
		}
		if (connectionDetails.getCredentials().authorizationHeader().isEmpty()) {
			return;
		}
		connectionDetails.getNodes()
			.stream()
			.filter((node) -> "http".equals(node.getScheme()) && !isLoopback(node.getHost()))
			.forEach((node) -> logger.warn("Credentials (" + connectionDetails.getCredentials().kind()
					+ ") are sent in clear text to " + node + ". Use https:// for nodes outside this machine."));
	}

	private static boolean isLoopback(String host) {
		if ("localhost".equalsIgnoreCase(host) || host.toLowerCase(Locale.ROOT).endsWith(".localhost")) {
			return true;
		}
		try {
			return InetAddress.getByName(host).isLoopbackAddress();
		}
		catch (UnknownHostException ex) {
			return false;
		}
	}

}
