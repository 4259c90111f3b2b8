package io.github.elasticstarter.autoconfigure.clients;

import io.github.elasticstarter.autoconfigure.ElasticClientAssembly;
import io.github.elasticstarter.autoconfigure.InvalidElasticConfigurationException;

/**
 * The names of named clients and of their beans.
 */
final class ClientNames {

	private ClientNames() {
	}

	static void check(String name) {
		String property = ElasticClientAssembly.NAMED_CLIENTS_PREFIX + "." + name;
		if (!name.matches("[a-z0-9][a-z0-9-]*")) {
			throw new InvalidElasticConfigurationException(property,
					"'" + name + "' is not a client name made of lower case letters, digits and dashes.",
					"Rename the client, such as 'elastic.clients.archive.hosts'.");
		}
		if (name.equals(ElasticClientAssembly.DEFAULT_NAME)) {
			throw new InvalidElasticConfigurationException(property,
					"'" + name + "' is the name of the un-named 'elastic.*' client in metrics and health.",
					"Configure that client under 'elastic.*', or give the named client another name.");
		}
	}

	/**
	 * The name of a bean of a named client, such as {@code elasticsearchClient-archive}.
	 */
	static String bean(String kind, String name) {
		return kind + "-" + name;
	}

}
