package io.github.elasticstarter.bulk;

import io.github.elasticstarter.options.InvalidOptionException;

/**
 * A bulk option out of range, in the defaults of an {@link ElasticBulk} or the overrides of one
 * load. Its message names the option, says what is wrong and how to fix it.
 */
public class InvalidBulkOptionException extends InvalidOptionException {

	InvalidBulkOptionException(String option, String problem, String action) {
		super("Bulk", option, problem, action);
	}

}
