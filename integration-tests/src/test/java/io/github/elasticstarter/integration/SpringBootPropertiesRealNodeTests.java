package io.github.elasticstarter.integration;

import java.util.List;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.security.AuthenticateResponse;
import co.elastic.clients.transport.rest5_client.low_level.Rest5Client;
import io.github.elasticstarter.autoconfigure.ElasticAutoConfiguration;
import io.github.elasticstarter.localnode.ApiKey;
import io.github.elasticstarter.localnode.LocalElasticsearch;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.ssl.SslAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.data.elasticsearch.autoconfigure.DataElasticsearchAutoConfiguration;
import org.springframework.boot.data.elasticsearch.autoconfigure.DataElasticsearchRepositoriesAutoConfiguration;
import org.springframework.boot.elasticsearch.autoconfigure.ElasticsearchClientAutoConfiguration;
import org.springframework.boot.elasticsearch.autoconfigure.ElasticsearchRestClientAutoConfiguration;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.ComponentScan.Filter;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.FilterType;
import org.springframework.data.annotation.Id;
import org.springframework.data.elasticsearch.annotations.Document;
import org.springframework.data.elasticsearch.core.ElasticsearchOperations;
import org.springframework.data.elasticsearch.core.IndexOperations;
import org.springframework.data.elasticsearch.repository.ElasticsearchRepository;
import org.springframework.data.elasticsearch.repository.config.EnableElasticsearchRepositories;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An application written for Spring Boot's own Elasticsearch support, a Spring Data repository
 * included and configured only with {@code spring.elasticsearch.*}, runs unchanged on the secured
 * real node once the starter is added: on the starter's one connection pool, with the credentials
 * and trust Spring Boot's properties give.
 */
@Tag("smoke")
class SpringBootPropertiesRealNodeTests {

	private final LocalElasticsearch node = LocalElasticsearch.https();

	@Test
	void basicCredentialsOverHttpsWithAnSslBundle() throws Exception {
		try (ConfigurableApplicationContext context = start("spring.elasticsearch.username=" + this.node.superuserName(),
				"spring.elasticsearch.password=" + this.node.superuserPassword())) {
			assertThat(authenticate(context).username()).isEqualTo(this.node.superuserName());
			assertRepositoryWorksOnTheOnePool(context);
		}
	}

	@Test
	void apiKeyOverHttpsWithAnSslBundle() throws Exception {
		ApiKey key = this.node.createApiKey("spring-boot-properties");
		try (ConfigurableApplicationContext context = start("spring.elasticsearch.api-key=" + key.encoded())) {
			AuthenticateResponse authenticated = authenticate(context);
			assertThat(authenticated.authenticationType()).isEqualTo("api_key");
			assertThat(authenticated.apiKey().name()).isEqualTo("spring-boot-properties");
			assertRepositoryWorksOnTheOnePool(context);
		}
	}

	private ConfigurableApplicationContext start(String... credentials) {
		return new SpringApplicationBuilder(Application.class).web(WebApplicationType.NONE)
			.properties("spring.main.banner-mode=off", "spring.elasticsearch.uris=" + this.node.baseUri(),
					"spring.elasticsearch.restclient.ssl.bundle=local-ca",
					"spring.ssl.bundle.pem.local-ca.truststore.certificate=file:" + this.node.caCertificatePath())
			.properties(credentials)
			.run();
	}

	private static AuthenticateResponse authenticate(ConfigurableApplicationContext context) throws Exception {
		return context.getBean(ElasticsearchClient.class).security().authenticate();
	}

	private static void assertRepositoryWorksOnTheOnePool(ConfigurableApplicationContext context) {
		assertThat(context.getBeanNamesForType(Rest5Client.class)).containsExactly("elasticRestClient");
		LibraryRepository library = context.getBean(LibraryRepository.class);
		// The distribution has no reindex module, so no _delete_by_query behind deleteAll(): start afresh.
		IndexOperations index = context.getBean(ElasticsearchOperations.class).indexOps(Volume.class);
		index.delete();
		index.createWithMapping();
		library.saveAll(List.of(new Volume("1", "Dune", "Herbert"), new Volume("2", "Emma", "Austen")));
		assertThat(library.findByAuthor("Austen")).extracting(Volume::title).containsExactly("Emma");
	}

	@Document(indexName = "starter-spring-boot-properties-volumes")
	record Volume(@Id String id, String title, String author) {
	}

	interface LibraryRepository extends ElasticsearchRepository<Volume, String> {

		List<Volume> findByAuthor(String author);

	}

	@Configuration(proxyBeanMethods = false)
	@ImportAutoConfiguration({ ElasticAutoConfiguration.class, JacksonAutoConfiguration.class,
			SslAutoConfiguration.class, ElasticsearchRestClientAutoConfiguration.class,
			ElasticsearchClientAutoConfiguration.class, DataElasticsearchAutoConfiguration.class,
			DataElasticsearchRepositoriesAutoConfiguration.class })
	@EnableElasticsearchRepositories(considerNestedRepositories = true,
			basePackageClasses = SpringBootPropertiesRealNodeTests.class,
			includeFilters = @Filter(type = FilterType.ASSIGNABLE_TYPE, classes = LibraryRepository.class))
	static class Application {

	}

}
