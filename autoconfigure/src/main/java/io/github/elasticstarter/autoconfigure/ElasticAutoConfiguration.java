package io.github.elasticstarter.autoconfigure;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.transport.rest5_client.low_level.Rest5Client;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.ssl.SslAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Import;

/**
 * Auto-configuration of the official Elasticsearch client from the {@code elastic.*}
 * properties: a {@link Rest5Client}, its transport, and the synchronous and asynchronous
 * {@link ElasticsearchClient}. It runs before Spring Boot's own Elasticsearch
 * auto-configuration, which then backs off, so that Spring Data Elasticsearch uses these
 * beans.
 */
@AutoConfiguration(after = SslAutoConfiguration.class,
		afterName = { "org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration",
				"org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration" },
		beforeName = { "org.springframework.boot.elasticsearch.autoconfigure.ElasticsearchRestClientAutoConfiguration",
				"org.springframework.boot.elasticsearch.autoconfigure.ElasticsearchClientAutoConfiguration" })
@ConditionalOnClass({ Rest5Client.class, ElasticsearchClient.class })
@EnableConfigurationProperties(ElasticProperties.class)
@Import({ ElasticRestClientConfigurations.ConnectionDetailsConfiguration.class,
		ElasticRestClientConfigurations.RestClientConfiguration.class,
		ElasticRestClientConfigurations.SnifferConfiguration.class,
		ElasticClientConfigurations.Jackson3JsonpMapperConfiguration.class,
		ElasticClientConfigurations.Jackson2JsonpMapperConfiguration.class,
		ElasticClientConfigurations.TransportConfiguration.class,
		ElasticClientConfigurations.ClientConfiguration.class, ElasticSecretsSanitizingConfiguration.class,
		ElasticObservationConfiguration.class })
public final class ElasticAutoConfiguration {

}
