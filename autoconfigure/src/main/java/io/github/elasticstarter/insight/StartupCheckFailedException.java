package io.github.elasticstarter.insight;

/**
 * Thrown by the {@link StartupCheck} of a client in {@link StartupCheckMode#FAIL} mode when the
 * server cannot serve it, so that start-up stops. It carries no secret.
 */
public class StartupCheckFailedException extends RuntimeException {

	private final String clientName;

	private final String problem;

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

	public String getClientName() {
		return this.clientName;
	}

	public String getProblem() {
		return this.problem;
	}

	public String getAction() {
		return this.action;
	}

}
