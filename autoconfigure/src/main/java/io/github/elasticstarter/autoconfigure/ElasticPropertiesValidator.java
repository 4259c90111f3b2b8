package io.github.elasticstarter.autoconfigure;

import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;

import io.github.elasticstarter.http.ElasticClientBuilderCustomizer;
import org.jspecify.annotations.Nullable;

/**
 * Checks the {@code elastic.*} properties that shape the client (timeouts, pool, retries,
 * sniffing, proxy, headers). Where and who are checked by the connection details.
 */
final class ElasticPropertiesValidator {

	private ElasticPropertiesValidator() {
	}

	static void validate(ElasticProperties properties, ElasticConnectionDetails connectionDetails) {
		positive("elastic.connect-timeout", properties.getConnectTimeout());
		positive("elastic.socket-timeout", properties.getSocketTimeout());
		positive("elastic.connection-request-timeout", properties.getConnectionRequestTimeout());
		notNegative("elastic.credential-file-grace-period", properties.getCredentialFileGracePeriod());
		if (properties.getResponseTimeout() != null) {
			positive("elastic.response-timeout", properties.getResponseTimeout());
		}
		validatePool(properties.getPool());
		validateRetries(properties.getRetry());
		validateSniffing(properties.getSniffing(), connectionDetails);
		validateProxy(properties.getProxy());
		validateHeaders(properties.getHeaders(), connectionDetails);
		validatePathPrefix(connectionDetails.getPathPrefix());
	}

	private static void validatePool(ElasticProperties.Pool pool) {
		atLeastOne("elastic.pool.max-connections", pool.getMaxConnections());
		atLeastOne("elastic.pool.max-connections-per-route", pool.getMaxConnectionsPerRoute());
		if (pool.getMaxConnectionsPerRoute() > pool.getMaxConnections()) {
			throw new InvalidElasticConfigurationException("elastic.pool.max-connections-per-route",
					"it is " + pool.getMaxConnectionsPerRoute() + ", more than 'elastic.pool.max-connections' ("
							+ pool.getMaxConnections() + "), so it could never be reached.",
					"Lower 'elastic.pool.max-connections-per-route' or raise 'elastic.pool.max-connections'.");
		}
		positive("elastic.pool.idle-timeout", pool.getIdleTimeout());
		notNegative("elastic.pool.validate-after-inactivity", pool.getValidateAfterInactivity());
	}

	private static void validateRetries(ElasticProperties.Retry retry) {
		if (retry.getMaxRetries() < 0) {
			throw new InvalidElasticConfigurationException("elastic.retry.max-retries",
					"it is " + retry.getMaxRetries() + ", below zero.",
					"Set 'elastic.retry.max-retries' to 0 to disable retries, or to a positive number.");
		}
		for (Integer status : retry.getOnStatus()) {
			if (status == null || status < 400 || status > 599) {
				throw new InvalidElasticConfigurationException("elastic.retry.on-status",
						"'" + status + "' is not an HTTP error status.",
						"List error statuses from 400 to 599, such as '429,502,503,504'.");
			}
		}
		notNegative("elastic.retry.initial-backoff", retry.getInitialBackoff());
		positive("elastic.retry.max-backoff", retry.getMaxBackoff());
		if (retry.getMaxBackoff().compareTo(retry.getInitialBackoff()) < 0) {
			throw new InvalidElasticConfigurationException("elastic.retry.max-backoff",
					"it is shorter than 'elastic.retry.initial-backoff', the first back-off.",
					"Set 'elastic.retry.max-backoff' to at least 'elastic.retry.initial-backoff'.");
		}
	}

	private static void validateSniffing(ElasticProperties.Sniffing sniffing,
			ElasticConnectionDetails connectionDetails) {
		if (!sniffing.isEnabled()) {
			return;
		}
		if (connectionDetails.isElasticCloud()) {
			throw new InvalidElasticConfigurationException("elastic.sniffing.enabled",
					"sniffing is enabled with a Cloud ID, but Elastic Cloud nodes are only reachable through its "
							+ "proxy, so the addresses sniffing finds cannot be used.",
					"Remove 'elastic.sniffing.enabled' (or set it to false) when connecting with 'elastic.cloud-id'.");
		}
		positive("elastic.sniffing.interval", sniffing.getInterval());
		positive("elastic.sniffing.delay-after-failure", sniffing.getDelayAfterFailure());
	}

	private static void validateProxy(@Nullable URI proxy) {
		if (proxy == null) {
			return;
		}
		String scheme = (proxy.getScheme() != null) ? proxy.getScheme().toLowerCase(Locale.ROOT) : "";
		if (!scheme.equals("http") && !scheme.equals("https") || proxy.getHost() == null || proxy.getPort() == -1) {
			throw new InvalidElasticConfigurationException("elastic.proxy",
					"'" + proxy + "' is not an http or https URL with a host and a port.",
					"Write the proxy as a URL such as 'http://proxy.example.com:3128'.");
		}
		if (proxy.getRawUserInfo() != null) {
			throw new InvalidElasticConfigurationException("elastic.proxy",
					"the proxy URL carries credentials, which are not supported and would end up in logs.",
					"Remove the credentials from 'elastic.proxy' and authenticate to the proxy with an "
							+ "ElasticClientBuilderCustomizer that sets a credentials provider.");
		}
	}

	private static void validateHeaders(Map<String, String> headers, ElasticConnectionDetails connectionDetails) {
		for (String name : headers.keySet()) {
			if (!name.matches("[!#$%&'*+.^_`|~0-9A-Za-z-]+")) {
				throw new InvalidElasticConfigurationException("elastic.headers",
						"'" + name + "' is not a valid HTTP header name.",
						"Use header names made of letters, digits and '-', such as 'X-Team'.");
			}
			if (name.equalsIgnoreCase("Authorization")
					&& connectionDetails.getCredentials().authorizationHeader().isPresent()) {
				throw new InvalidElasticConfigurationException("elastic.headers",
						"an 'Authorization' header is set while credentials are configured too.",
						"Remove 'elastic.headers.Authorization' and keep the credential properties.");
			}
		}
	}

	private static void validatePathPrefix(@Nullable String pathPrefix) {
		if (pathPrefix != null && !pathPrefix.isBlank() && !pathPrefix.matches("/?[A-Za-z0-9._~!$&'()*+,;=:@%/-]*")) {
			throw new InvalidElasticConfigurationException("elastic.path-prefix",
					"'" + pathPrefix + "' is not a URL path.",
					"Set a path such as '/elasticsearch', without query, fragment or spaces.");
		}
	}

	private static void positive(String property, Duration duration) {
		if (duration.isNegative() || duration.isZero()) {
			throw new InvalidElasticConfigurationException(property, "it is " + duration + ", not a positive duration.",
					"Set '" + property + "' to a positive duration, such as '5s' or '500ms'.");
		}
	}

	private static void notNegative(String property, Duration duration) {
		if (duration.isNegative()) {
			throw new InvalidElasticConfigurationException(property, "it is " + duration + ", a negative duration.",
					"Set '" + property + "' to zero or a positive duration, such as '500ms'.");
		}
	}

	private static void atLeastOne(String property, int value) {
		if (value < 1) {
			throw new InvalidElasticConfigurationException(property, "it is " + value + ", below one.",
					"Set '" + property + "' to a positive number.");
		}
	}

}
