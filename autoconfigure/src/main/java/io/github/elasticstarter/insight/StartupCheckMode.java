package io.github.elasticstarter.insight;

/**
 * What the start-up check does.
 */
public enum StartupCheckMode {

	/**
	 * No check: no request at start-up.
	 */
	OFF,

	/**
	 * Check, and log what is wrong as a warning.
	 */
	WARN,

	/**
	 * Check, and stop start-up when the server cannot serve this client.
	 */
	FAIL

}
