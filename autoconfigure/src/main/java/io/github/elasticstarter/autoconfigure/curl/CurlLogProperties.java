package io.github.elasticstarter.autoconfigure.curl;

import org.springframework.util.unit.DataSize;

/**
 * Settings of the curl log, which the logger {@value CurlLogExecHandler#LOGGER_NAME} writes at
 * DEBUG.
 */
public class CurlLogProperties {

	/**
	 * Largest request body written in full in the curl log. A longer body is cut there, and the
	 * line says so and is commented out, so that it cannot send a partial body by accident.
	 */
	private DataSize maxBodySize = DataSize.ofKilobytes(10);

	public DataSize getMaxBodySize() {
		return this.maxBodySize;
	}

	public void setMaxBodySize(DataSize maxBodySize) {
		this.maxBodySize = maxBodySize;
	}

}
