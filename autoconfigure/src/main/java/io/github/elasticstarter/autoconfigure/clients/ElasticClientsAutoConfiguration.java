package io.github.elasticstarter.autoconfigure.clients;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.transport.rest5_client.low_level.Rest5Client;
import io.github.elasticstarter.autoconfigure.ElasticAutoConfiguration;
import io.github.elasticstarter.autoconfigure.bulk.ElasticBulkAutoConfiguration;
import io.github.elasticstarter.autoconfigure.scan.ElasticScanAutoConfiguration;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * Auto-configuration of the named clients, {@code elastic.clients.<name>.*}. It runs after the
 * un-named client's auto-configurations, so that their conditions on missing beans do not see
 * the named clients, and before Spring Boot's own Elasticsearch auto-configuration, which then
 * backs off instead of adding a client of its own.
 */
@AutoConfiguration(
		after = { ElasticAutoConfiguration.class, ElasticBulkAutoConfiguration.class,
				ElasticScanAutoConfiguration.class },
		afterName = "io.github.elasticstarter.autoconfigure.health.ElasticHealthContributorAutoConfiguration",
		beforeName = { "org.springframework.boot.elasticsearch.autoconfigure.ElasticsearchRestClientAutoConfiguration",
				"org.springframework.boot.elasticsearch.autoconfigure.ElasticsearchClientAutoConfiguration" })
@ConditionalOnClass({ Rest5Client.class, ElasticsearchClient.class })
@EnableConfigurationProperties(ElasticClientsProperties.class)
@Import({ NamedElasticClientsRegistrar.class, ElasticClientsAutoConfiguration.HealthConfiguration.class })
public final class ElasticClientsAutoConfiguration {

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(ConditionalOnEnabledHealthIndicator.class)
	@ConditionalOnEnabledHealthIndicator("elastic")
	@Import(NamedClientHealthRegistrar.class)
	static class HealthConfiguration {

	}

}
