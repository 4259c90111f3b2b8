package io.github.elasticstarter.autoconfigure.clients;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import co.elastic.clients.elasticsearch.ElasticsearchAsyncClient;
import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.transport.ElasticsearchTransport;
import co.elastic.clients.transport.rest5_client.Rest5ClientTransport;
import co.elastic.clients.transport.rest5_client.low_level.Rest5Client;
import co.elastic.clients.transport.rest5_client.low_level.Rest5ClientBuilder;
import io.github.elasticstarter.autoconfigure.ElasticAutoConfiguration;
import io.github.elasticstarter.autoconfigure.InvalidElasticConfigurationException;
import io.github.elasticstarter.autoconfigure.bulk.ElasticBulkAutoConfiguration;
import io.github.elasticstarter.autoconfigure.scan.ElasticScanAutoConfiguration;
import io.github.elasticstarter.autoconfigure.health.ElasticHealthContributorAutoConfiguration;
import io.github.elasticstarter.bulk.ElasticBulk;
import io.github.elasticstarter.scan.ElasticScan;
import io.github.elasticstarter.health.ElasticHealthIndicator;
import io.github.elasticstarter.http.ElasticClientBuilderCustomizer;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.BeanFactoryAnnotationUtils;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.LazyInitializationBeanFactoryPostProcessor;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;

class NamedElasticClientsTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(ElasticAutoConfiguration.class, ElasticBulkAutoConfiguration.class,
				ElasticScanAutoConfiguration.class,
				ElasticHealthContributorAutoConfiguration.class, ElasticClientsAutoConfiguration.class))
		.withPropertyValues("elastic.clients.archive.hosts=http://localhost:9201",
				"elastic.clients.search.hosts=http://localhost:9202");

	@Test
	void eachNamedClientHasItsOwnPoolAndBeansUnderItsQualifier() {
		this.runner.run((context) -> {
			assertThat(context).hasNotFailed();
			Rest5Client archive = qualified(context, Rest5Client.class, "archive");
			Rest5Client search = qualified(context, Rest5Client.class, "search");
			assertThat(archive.getNodes()).singleElement()
				.satisfies((node) -> assertThat(node.getHost().getPort()).isEqualTo(9201));
			assertThat(search.getNodes()).singleElement()
				.satisfies((node) -> assertThat(node.getHost().getPort()).isEqualTo(9202));
			assertThat(archive.getHttpClient()).isNotSameAs(search.getHttpClient());
			Rest5ClientTransport transport = (Rest5ClientTransport) qualified(context, ElasticsearchTransport.class,
					"archive");
			assertThat(transport.restClient()).isSameAs(archive);
			assertThat(qualified(context, ElasticsearchClient.class, "archive")._transport()).isSameAs(transport);
			assertThat(qualified(context, ElasticsearchAsyncClient.class, "archive")._transport()).isSameAs(transport);
			assertThat(qualified(context, ElasticBulk.class, "search")).isNotNull();
			assertThat(qualified(context, ElasticScan.class, "search")).isNotSameAs(qualified(context, ElasticScan.class,
					"archive"));
		});
	}

	@Test
	void withOnlyNamedClientsThereIsNoUnNamedClientAndNoPrimary() {
		this.runner.run((context) -> {
			assertThat(context).doesNotHaveBean("elasticRestClient");
			assertThat(context.getBeansOfType(Rest5Client.class)).hasSize(2);
			assertThat(context.getBeanProvider(ElasticsearchClient.class).getIfUnique()).isNull();
		});
	}

	@Test
	void applicationBeansInjectNamedClientsByQualifier() {
		this.runner.withUserConfiguration(ArchiveUser.class).run((context) -> {
			assertThat(context.getBean(ArchiveUser.class).client)
				.isSameAs(qualified(context, ElasticsearchClient.class, "archive"));
		});
	}

	@Test
	void theUnNamedClientStaysPrimary() {
		this.runner.withPropertyValues("elastic.hosts=http://localhost:9200").run((context) -> {
			assertThat(context.getBeansOfType(ElasticsearchClient.class)).hasSize(3);
			Rest5ClientTransport transport = (Rest5ClientTransport) context.getBean(ElasticsearchClient.class)
				._transport();
			assertThat(transport.restClient()).isSameAs(context.getBean("elasticRestClient"));
			assertThat(context.getBean(Rest5Client.class).getNodes().get(0).getHost().getPort()).isEqualTo(9200);
			assertThat(context.getBean(ElasticBulk.class)).isSameAs(context.getBean("elasticBulk"));
			assertThat(context.getBean(ElasticScan.class)).isSameAs(context.getBean("elasticScan"));
		});
	}

	@Test
	void aNamedClientMarkedPrimaryIsInjectedWithoutQualifier() {
		this.runner.withPropertyValues("elastic.clients.search.primary=true").run((context) -> {
			assertThat(context.getBean(ElasticsearchClient.class))
				.isSameAs(qualified(context, ElasticsearchClient.class, "search"));
			assertThat(context.getBean(Rest5Client.class)).isSameAs(qualified(context, Rest5Client.class, "search"));
		});
	}

	@Test
	void twoPrimaryClientsStopStartUp() {
		this.runner.withPropertyValues("elastic.clients.archive.primary=true", "elastic.clients.search.primary=true")
			.run((context) -> assertThat(failure(context).getProperty()).isEqualTo("elastic.clients.search.primary"));
	}

	@Test
	void aPrimaryNamedClientBesideTheUnNamedOneStopsStartUp() {
		this.runner.withPropertyValues("elastic.hosts=http://localhost:9200", "elastic.clients.archive.primary=true")
			.run((context) -> assertThat(failure(context).getProperty()).isEqualTo("elastic.clients.archive.primary"));
	}

	@Test
	void validationErrorsNameTheFullPath() {
		this.runner.withPropertyValues("elastic.clients.logs.cloud-id=not-a-cloud-id").run((context) -> {
			InvalidElasticConfigurationException failure = failure(context);
			assertThat(failure.getProperty()).isEqualTo("elastic.clients.logs.cloud-id");
		});
	}

	@Test
	void validationMessagesNameTheFullPathOfEveryPropertyTheyMention() {
		this.runner
			.withPropertyValues("elastic.clients.archive.pool.max-connections=2",
					"elastic.clients.archive.pool.max-connections-per-route=3")
			.run((context) -> {
				InvalidElasticConfigurationException failure = failure(context);
				assertThat(failure.getProperty()).isEqualTo("elastic.clients.archive.pool.max-connections-per-route");
				assertThat(failure.getProblem()).contains("'elastic.clients.archive.pool.max-connections'");
				assertThat(failure.getAction()).contains("'elastic.clients.archive.pool.max-connections-per-route'")
					.doesNotContain("'elastic.max");
			});
	}

	@Test
	void aNamedClientWithoutConnectionSaysWhichPropertyIsMissing() {
		this.runner.withPropertyValues("elastic.clients.logs.compression=true")
			.run((context) -> assertThat(failure(context).getProperty()).isEqualTo("elastic.clients.logs.hosts"));
	}

	@Test
	void sniffingIsRefusedWithACloudIdUnderTheClientsPath() {
		this.runner
			.withPropertyValues("elastic.clients.logs.cloud-id=logs:" + Base64.getEncoder()
				.encodeToString("example.com$abc$def".getBytes(StandardCharsets.UTF_8)),
					"elastic.clients.logs.sniffing.enabled=true")
			.run((context) -> assertThat(failure(context).getProperty())
				.isEqualTo("elastic.clients.logs.sniffing.enabled"));
	}

	@Test
	void bulkPropertiesAreValidatedUnderTheClientsPath() {
		this.runner.withPropertyValues("elastic.clients.archive.bulk.concurrency=0")
			.run((context) -> assertThat(failure(context).getProperty())
				.isEqualTo("elastic.clients.archive.bulk.concurrency"));
	}

	@Test
	void scanPropertiesAreValidatedUnderTheClientsPath() {
		this.runner.withPropertyValues("elastic.clients.archive.scan.page-size=0")
			.run((context) -> assertThat(failure(context).getProperty())
				.isEqualTo("elastic.clients.archive.scan.page-size"));
	}

	@Test
	void theNameDefaultIsReservedForTheUnNamedClient() {
		this.runner.withPropertyValues("elastic.clients.default.hosts=http://localhost:9203")
			.run((context) -> assertThat(failure(context).getProperty()).isEqualTo("elastic.clients.default"));
	}

	@Test
	void eachNamedClientHasItsOwnHealthComponent() {
		this.runner.run((context) -> assertThat(context.getBeansOfType(ElasticHealthIndicator.class))
			.containsOnlyKeys("elastic-archiveHealthIndicator", "elastic-searchHealthIndicator"));
	}

	@Test
	void healthComponentsAreLeftOutWhenTheElasticIndicatorIsDisabled() {
		this.runner.withPropertyValues("management.health.elastic.enabled=false")
			.run((context) -> assertThat(context).doesNotHaveBean(ElasticHealthIndicator.class));
	}

	@Test
	void applicationCustomizersApplyToEveryClient() {
		AtomicInteger customized = new AtomicInteger();
		this.runner.withPropertyValues("elastic.hosts=http://localhost:9200")
			.withBean(ElasticClientBuilderCustomizer.class, () -> new ElasticClientBuilderCustomizer() {
				@Override
				public void customize(Rest5ClientBuilder builder) {
					customized.incrementAndGet();
				}
			})
			.run((context) -> {
				assertThat(context).hasNotFailed();
				assertThat(customized).hasValue(3);
			});
	}

	@Test
	void namedConnectionPoolsCloseWithTheContext() {
		List<Rest5Client> clients = new ArrayList<>();
		this.runner.run((context) -> {
			clients.addAll(context.getBeansOfType(Rest5Client.class).values());
			assertThat(clients).hasSize(2).allMatch(Rest5Client::isRunning);
		});
		assertThat(clients).noneMatch(Rest5Client::isRunning);
	}

	@Test
	void lazyInitializationCreatesANamedClientOnFirstUse() {
		this.runner.withAllowBeanDefinitionOverriding(false)
			.withInitializer((context) -> context.addBeanFactoryPostProcessor(new LazyInitializationBeanFactoryPostProcessor()))
			.run((context) -> {
				assertThat(context).hasNotFailed();
				assertThat(context.getBeanFactory().getBeanDefinition("elasticsearchClient-archive").isLazyInit())
					.isTrue();
				assertThat(context.getBeanFactory().containsSingleton("elasticsearchClient-archive")).isFalse();
				assertThat(qualified(context, ElasticsearchClient.class, "archive")).isNotNull();
				assertThat(context.getBeanFactory().containsSingleton("elasticsearchClient-archive")).isTrue();
			});
	}

	private static <T> T qualified(AssertableApplicationContext context, Class<T> type, String name) {
		return BeanFactoryAnnotationUtils.qualifiedBeanOfType(context.getBeanFactory(), type, name);
	}

	private static InvalidElasticConfigurationException failure(AssertableApplicationContext context) {
		assertThat(context).hasFailed();
		for (Throwable ex = context.getStartupFailure(); ex != null; ex = ex.getCause()) {
			if (ex instanceof InvalidElasticConfigurationException invalid) {
				return invalid;
			}
		}
		throw new AssertionError("No InvalidElasticConfigurationException", context.getStartupFailure());
	}

	@Configuration(proxyBeanMethods = false)
	static class ArchiveUser {

		private ElasticsearchClient client;

		@Bean
		String archiveUser(@Qualifier("archive") ElasticsearchClient client) {
			this.client = client;
			return "archive-user";
		}

	}

}
