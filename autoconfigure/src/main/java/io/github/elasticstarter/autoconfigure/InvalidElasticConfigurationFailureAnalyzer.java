package io.github.elasticstarter.autoconfigure;

import io.github.elasticstarter.autoconfigure.migration.SpringElasticsearchEnvironmentPostProcessor;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
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
		String description = "The Elasticsearch client could not be configured.\n\n    Property: "
				+ cause.getProperty() + springBootOrigin(cause.getProperty()) + "\n    Problem: " + cause.getProblem();
		return new FailureAnalysis(description, cause.getAction(), cause);
	}

	private String springBootOrigin(String property) {
		if (!(this.environment instanceof ConfigurableEnvironment configurable)) {
			return "";
		}
		PropertySource<?> mapped = configurable.getPropertySources()
			.get(SpringElasticsearchEnvironmentPostProcessor.PROPERTY_SOURCE_NAME);
		if (mapped == null || !mapped.containsProperty(property)) {
			return "";
		}
		return SpringElasticsearchEnvironmentPostProcessor.springPropertyFor(property)
			.map((springProperty) -> " (taken from Spring Boot's '" + springProperty + "')")
			.orElse("");
	}

}
