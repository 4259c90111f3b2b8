package io.github.elasticstarter.integration;

import java.util.List;

import io.github.elasticstarter.autoconfigure.ElasticAutoConfiguration;
import io.github.elasticstarter.localnode.LocalElasticsearch;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.ssl.SslAutoConfiguration;
import org.springframework.boot.data.elasticsearch.autoconfigure.DataElasticsearchAutoConfiguration;
import org.springframework.boot.data.elasticsearch.autoconfigure.DataElasticsearchRepositoriesAutoConfiguration;
import org.springframework.boot.elasticsearch.autoconfigure.ElasticsearchClientAutoConfiguration;
import org.springframework.boot.elasticsearch.autoconfigure.ElasticsearchRestClientAutoConfiguration;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
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
 * A Spring Data Elasticsearch repository runs on the starter's client against the real node,
 * with Spring Boot's own Elasticsearch auto-configuration present and backing off.
 */
@Tag("smoke")
class SpringDataRealNodeTests {

	@Document(indexName = "starter-spring-data-books")
	record Book(@Id String id, String title, String author) {
	}

	interface BookRepository extends ElasticsearchRepository<Book, String> {

		List<Book> findByAuthor(String author);

	}

	@Configuration(proxyBeanMethods = false)
	@EnableElasticsearchRepositories(considerNestedRepositories = true, basePackageClasses = SpringDataRealNodeTests.class,
			includeFilters = @Filter(type = FilterType.ASSIGNABLE_TYPE, classes = BookRepository.class))
	static class RepositoryConfiguration {

	}

	@Test
	void repositorySavesAndFindsThroughTheStartersClient() {
		LocalElasticsearch node = LocalElasticsearch.http();
		new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(ElasticAutoConfiguration.class, JacksonAutoConfiguration.class,
					SslAutoConfiguration.class, ElasticsearchRestClientAutoConfiguration.class,
					ElasticsearchClientAutoConfiguration.class, DataElasticsearchAutoConfiguration.class,
					DataElasticsearchRepositoriesAutoConfiguration.class))
			.withUserConfiguration(RepositoryConfiguration.class)
			.withPropertyValues("elastic.hosts=" + node.baseUri(), "elastic.username=" + node.superuserName(),
					"elastic.password=" + node.superuserPassword())
			.run((context) -> {
				assertThat(context.getBeanNamesForType(co.elastic.clients.transport.rest5_client.low_level.Rest5Client.class))
					.containsExactly("elasticRestClient");
				BookRepository books = context.getBean(BookRepository.class);
				// The distribution has no reindex module, so no _delete_by_query behind deleteAll(): start from a
				// fresh index instead.
				IndexOperations index = context.getBean(ElasticsearchOperations.class).indexOps(Book.class);
				index.delete();
				index.createWithMapping();
				books.saveAll(List.of(new Book("1", "Dune", "Herbert"), new Book("2", "Emma", "Austen"),
						new Book("3", "Persuasion", "Austen")));
				assertThat(books.findByAuthor("Austen")).extracting(Book::title)
					.containsExactlyInAnyOrder("Emma", "Persuasion");
				assertThat(books.count()).isEqualTo(3);
			});
	}

}
