package io.github.elasticstarter.autoconfigure;

/**
 * Thrown when the {@code elastic.*} configuration cannot produce a working client. It names
 * the property, says what is wrong and how to fix it, and never carries a secret value.
 */
public class InvalidElasticConfigurationException extends RuntimeException {

	private final String property;

	private final String problem;

	private final String action;

	/**
	 * Create a new instance.
	 * @param property the property at fault, such as {@code elastic.cloud-id}
	 * @param problem what is wrong, without echoing secret values
	 * @param action how to fix it
	 */
	public InvalidElasticConfigurationException(String property, String problem, String action) {
		super(property + ": " + problem);
		this.property = property;
		this.problem = problem;
		this.action = action;
	}

	public String getProperty() {
		return this.property;
	}

	public String getProblem() {
		return this.problem;
	}

	public String getAction() {
		return this.action;
	}

}
