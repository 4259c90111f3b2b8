package io.github.elasticstarter.benchmarks;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.jackson.Jackson3JsonpMapper;
import co.elastic.clients.transport.rest5_client.Rest5ClientTransport;
import co.elastic.clients.transport.rest5_client.low_level.Rest5Client;
import io.github.elasticstarter.autoconfigure.ElasticAutoConfiguration;
import io.github.elasticstarter.localnode.LocalElasticsearch;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.message.BasicHeader;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The clients being compared, all pointed at the same local node: the one the starter builds,
 * and one built by hand the way the Elasticsearch client's documentation shows.
 */
final class Clients {

	private Clients() {
	}

	/**
	 * A minimal application with nothing but the starter's auto-configuration.
	 */
	@ImportAutoConfiguration(ElasticAutoConfiguration.class)
	static class StarterApplication {

	}

	static ConfigurableApplicationContext starter(LocalElasticsearch node, String... properties) {
		List<String> all = new ArrayList<>(List.of("elastic.hosts=" + node.baseUri(),
				"elastic.username=" + node.superuserName(), "elastic.password=" + node.superuserPassword(),
				"spring.main.banner-mode=off", "logging.level.root=warn"));
		all.addAll(List.of(properties));
		return new SpringApplicationBuilder(StarterApplication.class).web(WebApplicationType.NONE)
			.properties(all.toArray(String[]::new))
			.run();
	}

	/**
	 * The baseline: what a careful user builds by hand with the same client, the same
	 * {@code Rest5Client} (the builder's defaults, the credentials as a default
	 * {@code Authorization} header) and the same mapper class as the starter's.
	 */
	static ElasticsearchClient handBuilt(LocalElasticsearch node) {
		String credentials = node.superuserName() + ":" + node.superuserPassword();
		Rest5Client restClient = Rest5Client.builder(URI.create(node.baseUri().toString().replaceFirst("/$", "")))
			.setDefaultHeaders(new Header[] { new BasicHeader("Authorization",
					"Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8))) })
			.build();
		return new ElasticsearchClient(new Rest5ClientTransport(restClient, new Jackson3JsonpMapper()));
	}

}
