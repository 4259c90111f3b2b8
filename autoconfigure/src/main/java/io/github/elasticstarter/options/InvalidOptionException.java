package io.github.elasticstarter.options;

/**
 * An option out of range, in the defaults of a runtime feature or the overrides of one use of it.
 * Its message names the option, says what is wrong and how to fix it; the auto-configuration
 * turns it into a start-up failure naming the property.
 */
public abstract class InvalidOptionException extends IllegalArgumentException {

	/**
	 * The option's name under its feature's properties, such as {@code max-backoff}.
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

	/**
	 * An option out of range.
	 * @param feature what the option belongs to, such as {@code Bulk}
	 * @param option the option's name, such as {@code max-backoff}
	 * @param problem what is wrong with its value
	 * @param action how to fix it, with {@code %s} where the option's name goes
	 */
	protected InvalidOptionException(String feature, String option, String problem, String action) {
		super(feature + " option " + option + ": " + problem + " " + action.replace("%s", option));
		this.option = option;
		this.problem = problem;
		this.action = action;
	}

	/**
	 * The option at fault, as named under its feature's properties, such as {@code max-backoff}.
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
