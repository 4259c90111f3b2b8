package io.github.elasticstarter.sample;

/**
 * Short, log- and response-friendly descriptions of client failures.
 */
final class ElasticsearchFailures {

	private ElasticsearchFailures() {
	}

	/**
	 * @return the innermost cause's type and message, such as
	 * {@code ConnectException: Connection refused}: the part that says what went wrong
	 */
	static String reason(Throwable failure) {
		Throwable root = failure;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		return root.getClass().getSimpleName() + ((root.getMessage() != null) ? ": " + root.getMessage() : "");
	}

}
