package io.github.elasticstarter.scan;

import io.github.elasticstarter.options.InvalidOptionException;

/**
 * A scan option out of range, in the defaults of an {@link ElasticScan} or the overrides of one
 * scan. Its message names the option, says what is wrong and how to fix it.
 */
public class InvalidScanOptionException extends InvalidOptionException {

	InvalidScanOptionException(String option, String problem, String action) {
		super("Scan", option, problem, action);
	}

}
