package io.github.elasticstarter.benchmarks;

import java.net.URI;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.jackson.Jackson3JsonpMapper;
import co.elastic.clients.transport.TransportUtils;
import co.elastic.clients.transport.rest5_client.Rest5ClientTransport;
import co.elastic.clients.transport.rest5_client.low_level.Rest5Client;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.message.BasicHeader;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/**
 * The application of {@link ClientChoiceFunction}. With {@code benchmark.client=hand-built} (and
 * the starter's auto-configurations excluded), its client is what a careful user builds by hand
 * from the same environment variables: a {@link Rest5Client} with the API key as a default
 * header and an SSL context that trusts the CA by its fingerprint, the transport, the client.
 * Otherwise the starter builds it.
 */
// No component scan: the package holds the other benchmarks' applications.
@SpringBootConfiguration(proxyBeanMethods = false)
@EnableAutoConfiguration
public class ClientChoiceApplication {

	@Bean
	@ConditionalOnProperty(name = "benchmark.client", havingValue = "hand-built")
	ElasticsearchClient handBuiltClient(Environment environment) {
		Rest5Client restClient = Rest5Client.builder(URI.create(environment.getRequiredProperty("ELASTIC_HOSTS")))
			.setDefaultHeaders(new Header[] {
					new BasicHeader("Authorization", "ApiKey " + environment.getRequiredProperty("ELASTIC_API_KEY")) })
			.setSSLContext(TransportUtils
				.sslContextFromCaFingerprint(environment.getRequiredProperty("ELASTIC_SSL_CAFINGERPRINT")))
			.build();
		return new ElasticsearchClient(new Rest5ClientTransport(restClient, new Jackson3JsonpMapper()));
	}

}
