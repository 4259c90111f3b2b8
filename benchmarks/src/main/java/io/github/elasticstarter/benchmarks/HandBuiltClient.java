package io.github.elasticstarter.benchmarks;

import java.net.URI;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.jackson.Jackson3JsonpMapper;
import co.elastic.clients.transport.TransportUtils;
import co.elastic.clients.transport.rest5_client.Rest5ClientTransport;
import co.elastic.clients.transport.rest5_client.low_level.Rest5Client;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.message.BasicHeader;

/**
 * The client a careful user builds by hand from the cold-start benchmark's environment
 * variables: a {@link Rest5Client} with the API key as a default header and an SSL context that
 * trusts the CA by its fingerprint, the transport with a new Jackson mapper, the client.
 */
final class HandBuiltClient {

	private HandBuiltClient() {
	}

	static ElasticsearchClient fromEnvironment(String hosts, String apiKey, String caFingerprint) {
		Rest5Client restClient = Rest5Client.builder(URI.create(hosts))
			.setDefaultHeaders(new Header[] { new BasicHeader("Authorization", "ApiKey " + apiKey) })
			.setSSLContext(TransportUtils.sslContextFromCaFingerprint(caFingerprint))
			.build();
		return new ElasticsearchClient(new Rest5ClientTransport(restClient, new Jackson3JsonpMapper()));
	}

}
