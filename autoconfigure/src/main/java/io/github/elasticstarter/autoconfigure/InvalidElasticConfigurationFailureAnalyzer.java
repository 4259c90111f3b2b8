package io.github.elasticstarter.autoconfigure;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.origin.Origin;
import org.springframework.boot.origin.OriginLookup;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Environment;
import org.springframework.core.env.PropertySource;

/**
 * Turns an {@link InvalidElasticConfigurationException} into the start-up report Spring Boot
 * prints instead of a stack trace. When the property at fault took its value from one of Spring
 * Boot's {@code spring.elasticsearch.*} properties, the report names that one too.
 */
class InvalidElasticConfigurationFailureAnalyzer extends AbstractFailureAnalyzer<InvalidElasticConfigurationException> {

	private final @Nullable Environment environment;

	InvalidElasticConfigurationFailureAnalyzer(@Nullable Environment environment) {
		this.environment = environment;
	}

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, InvalidElasticConfigurationException cause) {
		return analysis(cause, cause, this.environment);
	}

	static FailureAnalysis analysis(InvalidElasticConfigurationException invalid, Throwable cause,
			@Nullable Environment environment) {
		String description = "The Elasticsearch client could not be configured.\n\n    Property: "
				+ invalid.getProperty() + springBootOrigin(invalid.getProperty(), environment) + "\n    Problem: "
				+ invalid.getProblem();
		return new FailureAnalysis(description, invalid.getAction(), cause);
	}

	private static String springBootOrigin(String property, @Nullable Environment environment) {
		if (!(environment instanceof ConfigurableEnvironment configurable)) {
			return "";
		}
		for (PropertySource<?> source : configurable.getPropertySources()) {
			if (!ConfigurationPropertySources.isAttachedConfigurationPropertySource(source)
					&& source.containsProperty(property)) {
				Origin origin = OriginLookup.getOrigin(source, property);
				return (origin instanceof SpringBootPropertyOrigin) ? " (taken from " + origin + ")" : "";
			}
		}
		return "";
	}

}
