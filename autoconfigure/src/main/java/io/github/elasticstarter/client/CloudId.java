package io.github.elasticstarter.client;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.jspecify.annotations.Nullable;

/**
 * An Elastic Cloud ID, parsed the way Elastic's own clients parse it: a human-readable name
 * (possibly empty) and a colon, then Base64 of {@code host[:port]$es-id[$kibana-id]}. The
 * Elasticsearch endpoint is {@code https://<es-id>.<host>:<port>}, port 443 when absent.
 *
 * @param name the deployment name before the colon, or an empty string
 * @param host the domain shared by the deployment's endpoints
 * @param port the HTTPS port
 * @param elasticsearchId the Elasticsearch cluster's id
 * @param kibanaId the Kibana instance's id, or {@code null}
 */
public record CloudId(String name, String host, int port, String elasticsearchId, @Nullable String kibanaId) {

	private static final int DEFAULT_PORT = 443;

	/**
	 * Parse a Cloud ID.
	 * @param cloudId the Cloud ID
	 * @return the parsed Cloud ID
	 * @throws IllegalArgumentException if it is malformed, saying how, without echoing the value
	 */
	public static CloudId parse(String cloudId) {
		String trimmed = cloudId.strip();
		int colon = trimmed.indexOf(':');
		if (colon < 0) {
			throw invalid("it has no colon: a Cloud ID is 'name:base64', the deployment's name, a colon, then "
					+ "Base64, and Elastic's clients refuse one without the name and colon.");
		}
		String name = trimmed.substring(0, colon);
		String encoded = trimmed.substring(colon + 1);
		if (encoded.isEmpty()) {
			throw invalid("it has nothing after the name and colon.");
		}
		String[] parts = decode(encoded).split("\\$", -1);
		if (parts.length < 2 || parts.length > 3) {
			throw invalid("its decoded value has " + (parts.length - 1)
					+ " '$' separators; expected 'host$elasticsearch-id' or 'host$elasticsearch-id$kibana-id'.");
		}
		HostAndPort domain = HostAndPort.parse(parts[0], DEFAULT_PORT, "host");
		HostAndPort elasticsearch = HostAndPort.parse(parts[1], domain.port(), "Elasticsearch id");
		String kibanaId = (parts.length == 3 && !parts[2].isEmpty()) ? parts[2] : null;
		return new CloudId(name, domain.host(), elasticsearch.port(), elasticsearch.host(), kibanaId);
	}

	/**
	 * The Elasticsearch endpoint of the deployment.
	 * @return the endpoint URI
	 */
	public URI elasticsearchUri() {
		return URI.create("https://" + this.elasticsearchId + "." + this.host + ":" + this.port);
	}

	private static String decode(String encoded) {
		String padded = encoded + "=".repeat((4 - encoded.length() % 4) % 4);
		try {
			return new String(Base64.getDecoder().decode(padded), StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException ex) {
			throw invalid("the part after the colon is not valid Base64 (" + ex.getMessage() + ").");
		}
	}

	private static IllegalArgumentException invalid(String problem) {
		return new IllegalArgumentException("the Cloud ID is malformed: " + problem);
	}

	private record HostAndPort(String host, int port) {

		static HostAndPort parse(String value, int defaultPort, String what) {
			int colon = value.lastIndexOf(':');
			String host = (colon >= 0) ? value.substring(0, colon) : value;
			if (host.isBlank()) {
				throw invalid("its decoded value has an empty " + what + ".");
			}
			if (colon < 0) {
				return new HostAndPort(host, defaultPort);
			}
			String port = value.substring(colon + 1);
			if (port.matches("\\d{1,5}") && Integer.parseInt(port) >= 1 && Integer.parseInt(port) <= 65535) {
				return new HostAndPort(host, Integer.parseInt(port));
			}
			throw invalid("the port '" + port + "' after the " + what + " is not a number from 1 to 65535.");
		}

	}

}
