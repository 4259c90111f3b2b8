package io.github.elasticstarter.localnode.spring;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.transport.ElasticsearchTransport;
import co.elastic.clients.transport.rest5_client.low_level.Rest5Client;
import io.github.elasticstarter.autoconfigure.ElasticConnectionDetails;
import io.github.elasticstarter.autoconfigure.clients.ElasticDevelopmentConnection;
import io.github.elasticstarter.localnode.LocalElasticsearch;
import io.github.elasticstarter.localnode.LocalElasticsearchException;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;

/**
 * Development services for the starter: when this module is on the class path (as a test or
 * optional dependency) and the application configures no Elasticsearch connection, the starter
 * connects to a local node that this auto-configuration starts, over HTTPS as its superuser.
 * An application that declares its own {@link Rest5Client}, {@link ElasticsearchTransport} or
 * {@link ElasticsearchClient} starts no node, nor does one configured with Spring Boot's
 * {@code spring.elasticsearch.*} properties or a Spring Boot service connection. A named client
 * ({@code elastic.clients.<name>}) that configures no connection uses the local node too. Set
 * {@code elastic.local-node.enabled=false} to turn it off.
 */
@AutoConfiguration(beforeName = "io.github.elasticstarter.autoconfigure.ElasticAutoConfiguration")
@ConditionalOnClass(ElasticConnectionDetails.class)
@ConditionalOnMissingBean({ Rest5Client.class, ElasticsearchTransport.class, ElasticsearchClient.class })
@ConditionalOnBooleanProperty(name = "elastic.local-node.enabled", matchIfMissing = true)
@EnableConfigurationProperties(LocalNodeProperties.class)
public final class LocalElasticsearchAutoConfiguration {

	private static final Log logger = LogFactory.getLog(LocalElasticsearchAutoConfiguration.class);

	@Bean
	@Conditional(NoElasticConnectionConfiguredCondition.class)
	@ConditionalOnMissingBean(value = ElasticConnectionDetails.class,
			type = "org.springframework.boot.elasticsearch.autoconfigure.ElasticsearchConnectionDetails")
	LocalElasticsearchConnectionDetails localElasticsearchConnectionDetails(LocalNodeProperties properties) {
		boolean https = properties.isHttps();
		LocalElasticsearch node = properties.isKeepData() ? keepingData(https) : shared(https);
		logger.info("No Elasticsearch connection is configured ('elastic.cloud-id' or 'elastic.hosts', or those of "
				+ "a named client), so the client uses the local node " + node.version() + " at " + node.baseUri()
				+ " as user '" + node.superuserName() + "'. Set 'elastic.local-node.enabled=false' to turn this off.");
		return new LocalElasticsearchConnectionDetails(node);
	}

	/**
	 * The local node for the named clients ({@code elastic.clients.<name>}) that configure no
	 * connection: not an {@link ElasticConnectionDetails} bean, so that it does not make an
	 * un-named client of its own.
	 */
	@Bean
	@Conditional(NamedClientWithoutConnectionCondition.class)
	@ConditionalOnMissingBean
	ElasticDevelopmentConnection localElasticsearchDevelopmentConnection(LocalNodeProperties properties) {
		LocalElasticsearchConnectionDetails connection = localElasticsearchConnectionDetails(properties);
		return (name) -> connection;
	}

	private static LocalElasticsearch keepingData(boolean https) {
		try {
			return LocalElasticsearch.keepingData(https);
		}
		catch (LocalElasticsearchException ex) {
			logger.warn("The local node could not start on its kept data (is another application using it?): "
					+ "starting one with empty data instead. " + ex.getMessage().lines().findFirst().orElse(""));
			return shared(https);
		}
	}

	private static LocalElasticsearch shared(boolean https) {
		return https ? LocalElasticsearch.https() : LocalElasticsearch.http();
	}

}
