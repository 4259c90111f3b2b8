package io.github.elasticstarter.autoconfigure.springboot;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.transport.rest5_client.low_level.Rest5Client;
import io.github.elasticstarter.autoconfigure.ElasticAutoConfiguration;
import io.github.elasticstarter.autoconfigure.ElasticConnectionDetails;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.NoneNestedConditions;
import org.springframework.boot.elasticsearch.autoconfigure.ElasticsearchConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;

/**
 * Uses a Spring Boot {@link ElasticsearchConnectionDetails} bean (a Docker Compose or
 * Testcontainers service connection, or the application's own) when the application sets neither
 * {@code elastic.cloud-id} nor {@code elastic.hosts}; as in Spring Boot, such a bean wins over
 * {@code spring.elasticsearch.*} properties. When one of those is set, it wins and a warning names
 * the bean being ignored.
 */
@AutoConfiguration(before = ElasticAutoConfiguration.class)
@ConditionalOnClass({ Rest5Client.class, ElasticsearchClient.class, ElasticsearchConnectionDetails.class })
@ConditionalOnBean(ElasticsearchConnectionDetails.class)
public final class SpringBootConnectionDetailsAutoConfiguration {

	private static final Log logger = LogFactory.getLog(SpringBootConnectionDetailsAutoConfiguration.class);

	@Bean
	@ConditionalOnMissingBean(ElasticConnectionDetails.class)
	@Conditional(NoElasticConnectionPropertyCondition.class)
	ElasticConnectionDetails elasticConnectionDetails(ElasticsearchConnectionDetails springBootDetails) {
		SpringBootElasticConnectionDetails details = new SpringBootElasticConnectionDetails(springBootDetails);
		logger.info("Using Spring Boot's Elasticsearch connection details (" + springBootDetails.getClass().getName()
				+ "): " + details);
		return details;
	}

	@Bean
	@Conditional(ElasticConnectionPropertySet.class)
	SmartInitializingSingleton elasticIgnoredSpringBootConnectionDetailsWarning() {
		return () -> logger.warn("Ignoring Spring Boot's ElasticsearchConnectionDetails bean (a service connection "
				+ "or the application's own): 'elastic.cloud-id' or 'elastic.hosts' is set, so the starter connects "
				+ "as the elastic.* properties say. Remove them to connect through the bean.");
	}

	static class ElasticConnectionPropertySet extends NoneNestedConditions {

		ElasticConnectionPropertySet() {
			super(ConfigurationPhase.REGISTER_BEAN);
		}

		@Conditional(NoElasticConnectionPropertyCondition.class)
		static class NoElasticConnectionProperty {

		}

	}

}
