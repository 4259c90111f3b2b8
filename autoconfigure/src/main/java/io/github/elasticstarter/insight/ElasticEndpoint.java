package io.github.elasticstarter.insight;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;

/**
 * The {@code elastic} actuator endpoint: each client's server, nodes, pool, settings, credential
 * kind and TLS peers, by client name. Read-only; it shows no secret.
 */
@Endpoint(id = "elastic")
public class ElasticEndpoint {

	private final List<ClientInsight> clients;

	/**
	 * Create the endpoint.
	 * @param clients the clients to show
	 */
	public ElasticEndpoint(List<ClientInsight> clients) {
		this.clients = clients;
	}

	/**
	 * Describe every client.
	 * @return the description of each client, by client name
	 */
	@ReadOperation
	public Map<String, Object> clients() {
		Map<String, Object> clients = new TreeMap<>();
		this.clients.forEach((client) -> clients.put(client.clientName(), client.describe()));
		return clients;
	}

}
