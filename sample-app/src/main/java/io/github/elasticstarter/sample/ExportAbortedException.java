package io.github.elasticstarter.sample;

/**
 * An export that failed after its first cities were sent: too late for a problem detail, the
 * response has to end as a failed transfer (see {@link ApiExceptionHandler#exportAborted}).
 */
class ExportAbortedException extends RuntimeException {

	ExportAbortedException(String message, Throwable cause) {
		super(message, cause);
	}

}
