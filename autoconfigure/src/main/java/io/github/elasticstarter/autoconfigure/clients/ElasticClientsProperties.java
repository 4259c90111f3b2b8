package io.github.elasticstarter.autoconfigure.clients;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The named clients, under {@code elastic.clients.<name>.*}, beside the un-named
 * {@code elastic.*} one.
 */
@ConfigurationProperties("elastic")
public class ElasticClientsProperties {

	/**
	 * Further clients by name, each to its own deployment: every property of "elastic.*"
	 * (connection, credentials, TLS, timeouts, pool, retry, compression, compatibility,
	 * sniffing, curl log, start-up check), with the same defaults, plus "bulk.*" and "primary".
	 * Inject one with @Qualifier("name"). Names are lower case letters, digits and dashes;
	 * "default" is the un-named client's.
	 */
	private Map<String, NamedElasticClientProperties> clients = new LinkedHashMap<>();

	/**
	 * Return the named clients by name.
	 * @return the properties of each named client
	 */
	public Map<String, NamedElasticClientProperties> getClients() {
		return this.clients;
	}

	/**
	 * Set the named clients by name.
	 * @param clients the properties of each named client
	 */
	public void setClients(Map<String, NamedElasticClientProperties> clients) {
		this.clients = clients;
	}

}
