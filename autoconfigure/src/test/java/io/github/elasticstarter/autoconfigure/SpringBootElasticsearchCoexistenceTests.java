package io.github.elasticstarter.autoconfigure;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.transport.ElasticsearchTransport;
import co.elastic.clients.transport.rest5_client.low_level.Rest5Client;
import io.github.elasticstarter.autoconfigure.clients.ElasticClientsAutoConfiguration;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.BeanFactoryAnnotationUtils;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.data.elasticsearch.autoconfigure.DataElasticsearchAutoConfiguration;
import org.springframework.boot.elasticsearch.autoconfigure.ElasticsearchClientAutoConfiguration;
import org.springframework.boot.elasticsearch.autoconfigure.ElasticsearchRestClientAutoConfiguration;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.data.elasticsearch.client.elc.ElasticsearchTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With Spring Boot's own Elasticsearch and Spring Data auto-configurations on the classpath
 * (as {@code spring-boot-starter-data-elasticsearch} brings them), ours wins and theirs use it.
 */
class SpringBootElasticsearchCoexistenceTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(ElasticsearchRestClientAutoConfiguration.class,
				ElasticsearchClientAutoConfiguration.class, DataElasticsearchAutoConfiguration.class,
				JacksonAutoConfiguration.class, ElasticAutoConfiguration.class))
		.withPropertyValues("elastic.hosts=http://127.0.0.1:9555");

	private final ApplicationContextRunner namedOnly = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(ElasticsearchRestClientAutoConfiguration.class,
				ElasticsearchClientAutoConfiguration.class, DataElasticsearchAutoConfiguration.class,
				JacksonAutoConfiguration.class, ElasticAutoConfiguration.class, ElasticClientsAutoConfiguration.class))
		.withPropertyValues("elastic.clients.archive.hosts=http://127.0.0.1:9556",
				"elastic.clients.search.hosts=http://127.0.0.1:9557", "elastic.clients.search.primary=true");

	@Test
	void exactlyOneRestClientExistsAndItIsOurs() {
		this.runner.run((context) -> {
			assertThat(context).hasSingleBean(Rest5Client.class).hasSingleBean(ElasticsearchTransport.class);
			assertThat(context.getBeanNamesForType(Rest5Client.class)).containsExactly("elasticRestClient");
			assertThat(context.getBean(Rest5Client.class).getNodes().get(0).getHost().getPort()).isEqualTo(9555);
		});
	}

	@Test
	void springDataTemplateUsesOurClient() {
		this.runner.run((context) -> {
			ElasticsearchClient ours = context.getBean(ElasticsearchClient.class);
			ElasticsearchClient used = context.getBean(ElasticsearchTemplate.class).execute((client) -> client);
			assertThat(used).isSameAs(ours);
			assertThat(context.getBeanNamesForType(ElasticsearchClient.class)).containsExactly("elasticsearchClient");
		});
	}

	@Test
	void withOnlyNamedClientsSpringBootAddsNoClientOfItsOwn() {
		this.namedOnly.run((context) -> assertThat(context.getBeanNamesForType(Rest5Client.class))
			.containsExactlyInAnyOrder("elasticRestClient-archive", "elasticRestClient-search"));
	}

	@Test
	void springDataTemplateUsesThePrimaryNamedClient() {
		this.namedOnly.run((context) -> {
			ElasticsearchClient search = BeanFactoryAnnotationUtils.qualifiedBeanOfType(context.getBeanFactory(),
					ElasticsearchClient.class, "search");
			ElasticsearchClient used = context.getBean(ElasticsearchTemplate.class).execute((client) -> client);
			assertThat(used).isSameAs(search);
		});
	}

}
