package io.github.elasticstarter.autoconfigure.clients;

import io.github.elasticstarter.autoconfigure.ElasticConnectionDetails;

/**
 * Where a named client connects when its properties say neither where nor as whom, such as the
 * local node of the development services. A bean of this type is not an
 * {@link ElasticConnectionDetails} bean, so that it does not configure the un-named client.
 */
@FunctionalInterface
public interface ElasticDevelopmentConnection {

	/**
	 * The connection for a named client that configures none.
	 * @param name the client's name
	 * @return where and as whom it connects
	 */
	ElasticConnectionDetails connectionDetails(String name);

}
