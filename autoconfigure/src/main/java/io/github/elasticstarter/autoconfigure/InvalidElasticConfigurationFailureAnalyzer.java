package io.github.elasticstarter.autoconfigure;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns an {@link InvalidElasticConfigurationException} into the start-up report Spring Boot
 * prints instead of a stack trace.
 */
class InvalidElasticConfigurationFailureAnalyzer extends AbstractFailureAnalyzer<InvalidElasticConfigurationException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, InvalidElasticConfigurationException cause) {
		String description = "The Elasticsearch client could not be configured.\n\n    Property: "
				+ cause.getProperty() + "\n    Problem: " + cause.getProblem();
		return new FailureAnalysis(description, cause.getAction(), cause);
	}

}
