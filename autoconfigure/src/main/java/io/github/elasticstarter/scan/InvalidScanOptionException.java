package io.github.elasticstarter.scan;

/**
 * A scan option out of range, in the defaults of an {@link ElasticScan} or the overrides of one
 * scan. Its message names the option, says what is wrong and how to fix it.
 */
public class InvalidScanOptionException extends IllegalArgumentException {

	/**
	 * The option's name under {@code elastic.scan}, such as {@code page-size}.
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

	InvalidScanOptionException(String option, String problem, String action) {
		super("Scan option " + option + ": " + problem + " " + action.replace("%s", option));
		this.option = option;
		this.problem = problem;
		this.action = action;
	}

	/**
	 * The option at fault, as named under {@code elastic.scan}, such as {@code page-size}.
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
	 * @param option how to name the option, such as {@code 'elastic.scan.page-size'}
	 * @return the action
	 */
	public String getAction(String option) {
		return this.action.replace("%s", option);
	}

}
