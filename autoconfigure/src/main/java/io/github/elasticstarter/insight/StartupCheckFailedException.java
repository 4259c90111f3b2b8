package io.github.elasticstarter.insight;

/**
 * Thrown by the {@link StartupCheck} of a client in {@link StartupCheckMode#FAIL} mode when the
 * server cannot serve it, so that start-up stops. It carries no secret.
 */
public class StartupCheckFailedException extends RuntimeException {

	/**
	 * The name of the client checked.
	 */
	private final String clientName;

	/**
	 * What the check found.
	 */
	private final String problem;

	/**
	 * How to fix it.
	 */
	private final String action;

	/**
	 * Create a new instance.
	 * @param clientName the name of the client checked
	 * @param problem what the check found
	 * @param action how to fix it
	 */
	public StartupCheckFailedException(String clientName, String problem, String action) {
		super(problem);
		this.clientName = clientName;
		this.problem = problem;
		this.action = action;
	}

	/**
	 * The name of the client whose check failed, {@code default} for the client of the
	 * {@code elastic.*} properties.
	 * @return the client's name
	 */
	public String getClientName() {
		return this.clientName;
	}

	/**
	 * What the check found, also the exception's message.
	 * @return the problem
	 */
	public String getProblem() {
		return this.problem;
	}

	/**
	 * How to fix it.
	 * @return the action
	 */
	public String getAction() {
		return this.action;
	}

}
