package io.github.elasticstarter.autoconfigure;

import co.elastic.clients.elasticsearch.ElasticsearchAsyncClient;
import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.JsonpMapper;
import co.elastic.clients.json.jackson.Jackson3JsonpMapper;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.ElasticsearchTransport;
import co.elastic.clients.transport.instrumentation.Instrumentation;
import co.elastic.clients.transport.rest5_client.Rest5ClientTransport;
import co.elastic.clients.transport.rest5_client.low_level.Rest5Client;
import com.fasterxml.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * The JSON mapper, the transport and the high-level clients on top of the {@link Rest5Client}.
 * The transport and clients do not close the pool on shutdown: the {@link Rest5Client} bean
 * owns it and closes it once.
 */
final class ElasticClientConfigurations {

	private ElasticClientConfigurations() {
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(JsonMapper.class)
	@ConditionalOnMissingBean(JsonpMapper.class)
	static class Jackson3JsonpMapperConfiguration {

		@Bean
		Jackson3JsonpMapper elasticJsonpMapper(ObjectProvider<JsonMapper> jsonMapper) {
			JsonMapper applicationMapper = jsonMapper.getIfUnique();
			return (applicationMapper != null) ? new Jackson3JsonpMapper(applicationMapper) : new Jackson3JsonpMapper();
		}

	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(ObjectMapper.class)
	@ConditionalOnMissingBean(JsonpMapper.class)
	static class Jackson2JsonpMapperConfiguration {

		@Bean
		JacksonJsonpMapper elasticJsonpMapper(ObjectProvider<ObjectMapper> objectMapper) {
			ObjectMapper applicationMapper = objectMapper.getIfUnique();
			return (applicationMapper != null) ? new JacksonJsonpMapper(applicationMapper.copy())
					: new JacksonJsonpMapper();
		}

	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnBean({ Rest5Client.class, JsonpMapper.class })
	static class TransportConfiguration {

		@Bean(destroyMethod = "")
		@ConditionalOnMissingBean(ElasticsearchTransport.class)
		Rest5ClientTransport elasticTransport(Rest5Client client, JsonpMapper mapper, ElasticProperties properties,
				Environment environment, ObjectProvider<Instrumentation> instrumentation) {
			return ElasticClientAssembly.transport(client, mapper, properties, environment, instrumentation.getIfUnique());
		}

	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnBean(ElasticsearchTransport.class)
	static class ClientConfiguration {

		@Bean(destroyMethod = "")
		@ConditionalOnMissingBean
		ElasticsearchClient elasticsearchClient(ElasticsearchTransport transport) {
			return new ElasticsearchClient(transport);
		}

		@Bean(destroyMethod = "")
		@ConditionalOnMissingBean
		ElasticsearchAsyncClient elasticsearchAsyncClient(ElasticsearchTransport transport) {
			return new ElasticsearchAsyncClient(transport);
		}

	}

}
