package io.github.elasticstarter.autoconfigure;

/**
 * The settings of one client, validated: its properties and where it connects. Every step that
 * builds a client takes this, so that nothing is built before every setting has been checked.
 *
 * @param properties the client's properties
 * @param connectionDetails where and as whom it connects
 */
record ElasticClientSettings(ElasticProperties properties, ElasticConnectionDetails connectionDetails) {

	/**
	 * Check every setting of a client, and log what is insecure.
	 * @param properties the client's properties
	 * @param connectionDetails where and as whom it connects, already parsed and checked when
	 * they come from the properties
	 * @return the validated settings
	 * @throws InvalidElasticConfigurationException naming the first property at fault
	 */
	static ElasticClientSettings validate(ElasticProperties properties, ElasticConnectionDetails connectionDetails) {
		ElasticPropertiesValidator.validate(properties, connectionDetails);
		ElasticSecurityWarnings.log(properties, connectionDetails);
		return new ElasticClientSettings(properties, connectionDetails);
	}

	/**
	 * Whether the connection comes from the properties, rather than from a connection details
	 * bean: only then do credential files, SSL bundle reloads and a refreshed CA fingerprint apply.
	 */
	boolean fromProperties() {
		return this.connectionDetails instanceof PropertiesElasticConnectionDetails;
	}

}
