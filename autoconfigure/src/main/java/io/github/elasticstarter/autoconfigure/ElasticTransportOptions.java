package io.github.elasticstarter.autoconfigure;

import java.util.Locale;

import co.elastic.clients.transport.TransportOptions;
import co.elastic.clients.transport.rest5_client.Rest5ClientOptions;
import io.github.elasticstarter.autoconfigure.ElasticProperties.ServerMode;

import org.springframework.core.env.Environment;

/**
 * The per-request options of the transport: which content-type headers are sent. The client
 * sends REST compatibility headers by default; this switches them to plain JSON when
 * compatibility mode is off, and adds the API version header for serverless projects.
 */
final class ElasticTransportOptions {

	/**
	 * The environment variable Elastic's clients read to switch compatibility mode.
	 */
	static final String API_VERSIONING_VARIABLE = "ELASTIC_CLIENT_APIVERSIONING";

	static final String SERVERLESS_API_VERSION = "2023-10-31";

	private static final String PLAIN_JSON = "application/json";

	private ElasticTransportOptions() {
	}

	static Rest5ClientOptions create(ElasticProperties properties, Environment environment) {
		TransportOptions.Builder builder = Rest5ClientOptions.of(null).toBuilder();
		if (properties.getServerMode() == ServerMode.SERVERLESS) {
			builder.setHeader("elastic-api-version", SERVERLESS_API_VERSION);
			plainJson(builder);
		}
		else if (!compatibilityMode(properties, environment)) {
			plainJson(builder);
		}
		return (Rest5ClientOptions) builder.build();
	}

	static boolean compatibilityMode(ElasticProperties properties, Environment environment) {
		String variable = environment.getProperty(API_VERSIONING_VARIABLE);
		if (variable == null || variable.isBlank()) {
			return properties.isCompatibilityMode();
		}
		return switch (variable.strip().toLowerCase(Locale.ROOT)) {
			case "true", "1" -> true;
			case "false", "0" -> false;
			default -> throw new InvalidElasticConfigurationException(API_VERSIONING_VARIABLE,
					"the environment variable is '" + variable + "', neither 'true' nor 'false'.",
					"Set " + API_VERSIONING_VARIABLE + " to 'true' or 'false', or unset it and use "
							+ "'elastic.compatibility-mode'.");
		};
	}

	private static void plainJson(TransportOptions.Builder builder) {
		builder.setHeader("Accept", PLAIN_JSON);
		builder.setHeader("Content-Type", PLAIN_JSON);
	}

}
