package io.github.elasticstarter.autoconfigure;

import java.util.Locale;
import java.util.Set;

import org.springframework.boot.actuate.endpoint.SanitizableData;
import org.springframework.boot.actuate.endpoint.SanitizingFunction;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Masks the credential properties in the actuator's {@code env} and {@code configprops}
 * endpoints, even where an application shows other values with
 * {@code management.endpoint.*.show-values=always}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnClass(SanitizingFunction.class)
class ElasticSecretsSanitizingConfiguration {

	/**
	 * Credential property names, lower case and without separators, so that
	 * {@code elastic.api-key}, {@code elastic.apiKey} and {@code ELASTIC_API_KEY} all match.
	 */
	private static final Set<String> SECRET_KEYS = Set.of("elasticpassword", "elasticapikey", "elasticbearertoken");

	/**
	 * The start of the named clients' properties, {@code elastic.clients.<name>.*}, whose
	 * credential properties end like the un-named client's.
	 */
	private static final String NAMED_CLIENTS = "elasticclients";

	@Bean
	SanitizingFunction elasticSecretsSanitizingFunction() {
		return (data) -> isSecret(data.getKey()) ? data.withValue(SanitizableData.SANITIZED_VALUE) : data;
	}

	static boolean isSecret(String key) {
		String normalized = key.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
		return SECRET_KEYS.contains(normalized) || (normalized.startsWith(NAMED_CLIENTS)
				&& SECRET_KEYS.stream().anyMatch((secret) -> normalized.endsWith(secret.substring(7))));
	}

}
