package io.github.elasticstarter.autoconfigure;

import io.github.elasticstarter.insight.StartupCheckFailedException;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.env.Environment;

/**
 * Reports a failed {@code elastic.startup-check} as a configuration problem of the client's
 * {@code startup-check} property, which can also let the application start anyway.
 */
class StartupCheckFailureAnalyzer extends AbstractFailureAnalyzer<StartupCheckFailedException> {

	private final @Nullable Environment environment;

	StartupCheckFailureAnalyzer(@Nullable Environment environment) {
		this.environment = environment;
	}

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, StartupCheckFailedException cause) {
		String property = ElasticClientAssembly.DEFAULT_NAME.equals(cause.getClientName()) ? "elastic.startup-check"
				: ElasticClientAssembly.NAMED_CLIENTS_PREFIX + "." + cause.getClientName() + ".startup-check";
		InvalidElasticConfigurationException invalid = new InvalidElasticConfigurationException(property,
				cause.getProblem(), cause.getAction() + ", or set " + property + "=warn to start anyway.");
		return InvalidElasticConfigurationFailureAnalyzer.analysis(invalid, cause, this.environment);
	}

}
