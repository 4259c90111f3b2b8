package io.github.elasticstarter.observation;

import io.micrometer.observation.Observation;
import org.jspecify.annotations.Nullable;

/**
 * What an observation of one Elasticsearch API call knows: the operation (the client's endpoint
 * id, such as {@code search}) and, once answered, the HTTP status. Never the request body.
 */
public class ElasticRequestContext extends Observation.Context {

	private final String operation;

	private final String client;

	private @Nullable Integer status;

	/**
	 * Create a context for one call of the un-named client.
	 * @param operation the operation name
	 */
	public ElasticRequestContext(String operation) {
		this(operation, "default");
	}

	/**
	 * Create a context for one call.
	 * @param operation the operation name
	 * @param client the name of the client, {@code default} for the un-named one
	 */
	public ElasticRequestContext(String operation, String client) {
		this.operation = operation;
		this.client = client;
	}

	/**
	 * The name of the client that made the call.
	 * @return the name, {@code default} for the un-named client
	 */
	public String getClient() {
		return this.client;
	}

	/**
	 * The operation called, the client's endpoint id.
	 * @return the operation name, such as {@code search}
	 */
	public String getOperation() {
		return this.operation;
	}

	/**
	 * The HTTP status of the answer.
	 * @return the status, or {@code null} while unanswered or when the call failed without one
	 */
	public @Nullable Integer getStatus() {
		return this.status;
	}

	void setStatus(int status) {
		this.status = status;
	}

}
