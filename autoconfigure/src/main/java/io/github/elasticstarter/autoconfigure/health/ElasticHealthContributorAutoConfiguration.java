package io.github.elasticstarter.autoconfigure.health;

import co.elastic.clients.elasticsearch.ElasticsearchAsyncClient;
import io.github.elasticstarter.autoconfigure.ElasticAutoConfiguration;
import io.github.elasticstarter.health.ElasticHealthIndicator;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/**
 * The {@code elastic} health indicator, when Spring Boot's health support is present; switched
 * off with {@code management.health.elastic.enabled=false}.
 */
@AutoConfiguration(after = ElasticAutoConfiguration.class)
@ConditionalOnClass(ConditionalOnEnabledHealthIndicator.class)
@ConditionalOnBean(ElasticsearchAsyncClient.class)
@ConditionalOnEnabledHealthIndicator("elastic")
public final class ElasticHealthContributorAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean(name = "elasticHealthIndicator")
	ElasticHealthIndicator elasticHealthIndicator(ElasticsearchAsyncClient client, Environment environment) {
		return ElasticHealthIndicator.of(client, environment);
	}

}
