package io.github.elasticstarter.localnode;

/** Thrown when a local Elasticsearch node cannot be installed, started, stopped or asked for credentials. */
public class LocalElasticsearchException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	/** @param message what went wrong, with the tail of the node's log where one exists */
	public LocalElasticsearchException(String message) {
		super(message);
	}

	/**
	 * @param message what went wrong
	 * @param cause the underlying failure
	 */
	public LocalElasticsearchException(String message, Throwable cause) {
		super(message, cause);
	}
}
