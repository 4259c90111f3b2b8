package io.github.elasticstarter.bulk;

/**
 * A bulk option out of range, in the defaults of an {@link ElasticBulk} or the overrides of one
 * load. Its message names the option, says what is wrong and how to fix it.
 */
public class InvalidBulkOptionException extends IllegalArgumentException {

	/**
	 * The option's name under {@code elastic.bulk}, such as {@code max-backoff}.
	 */
	private final String option;

	/**
	 * What is wrong with the option's value.
	 */
	private final String problem;

	/**
	 * How to fix it, with {@code %s} where the option's name goes.
	 */
	private final String action;

	InvalidBulkOptionException(String option, String problem, String action) {
		super("Bulk option " + option + ": " + problem + " " + action.replace("%s", option));
		this.option = option;
		this.problem = problem;
		this.action = action;
	}

	/**
	 * The option at fault, as named under {@code elastic.bulk}, such as {@code max-backoff}.
	 * @return the option's name
	 */
	public String getOption() {
		return this.option;
	}

	/**
	 * What is wrong with it.
	 * @return the problem
	 */
	public String getProblem() {
		return this.problem;
	}

	/**
	 * How to fix it.
	 * @param option how to name the option, such as {@code 'elastic.bulk.max-backoff'}
	 * @return the action
	 */
	public String getAction(String option) {
		return this.action.replace("%s", option);
	}

}
