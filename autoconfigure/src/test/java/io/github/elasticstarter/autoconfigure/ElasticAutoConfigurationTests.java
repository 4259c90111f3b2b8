package io.github.elasticstarter.autoconfigure;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import co.elastic.clients.elasticsearch.ElasticsearchAsyncClient;
import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.JsonpMapper;
import co.elastic.clients.json.SimpleJsonpMapper;
import co.elastic.clients.json.jackson.Jackson3JsonpMapper;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.ElasticsearchTransport;
import co.elastic.clients.transport.rest5_client.Rest5ClientTransport;
import co.elastic.clients.transport.rest5_client.low_level.Rest5Client;
import co.elastic.clients.transport.rest5_client.low_level.sniffer.Sniffer;
import io.github.elasticstarter.http.ElasticClientBuilderCustomizer;
import org.apache.hc.client5.http.config.RequestConfig;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class ElasticAutoConfigurationTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(ElasticAutoConfiguration.class))
		.withPropertyValues("elastic.hosts=http://localhost:9200");

	@Test
	void createsEveryClientBean() {
		this.runner.run((context) -> assertThat(context).hasSingleBean(Rest5Client.class)
			.hasSingleBean(ElasticsearchTransport.class)
			.hasSingleBean(ElasticsearchClient.class)
			.hasSingleBean(ElasticsearchAsyncClient.class)
			.hasSingleBean(JsonpMapper.class)
			.hasSingleBean(ElasticConnectionDetails.class));
	}

	@Test
	void everyClientSharesTheOneRestClient() {
		this.runner.run((context) -> {
			Rest5Client restClient = context.getBean(Rest5Client.class);
			Rest5ClientTransport transport = context.getBean(Rest5ClientTransport.class);
			assertThat(transport.restClient()).isSameAs(restClient);
			assertThat(context.getBean(ElasticsearchClient.class)._transport()).isSameAs(transport);
			assertThat(context.getBean(ElasticsearchAsyncClient.class)._transport()).isSameAs(transport);
		});
	}

	@Test
	void restClientIsClosedWhenTheContextCloses() {
		List<Rest5Client> clients = new ArrayList<>();
		this.runner.run((context) -> {
			clients.add(context.getBean(Rest5Client.class));
			// HttpClient starts its I/O reactor on a thread of its own, just after start() returns
			await().atMost(Duration.ofSeconds(10)).until(clients.get(0)::isRunning);
		});
		assertThat(clients.get(0).isRunning()).isFalse();
	}

	@Test
	void usesTheApplicationsJackson3Mapper() {
		this.runner.withConfiguration(AutoConfigurations.of(JacksonAutoConfiguration.class)).run((context) -> {
			assertThat(context).hasSingleBean(Jackson3JsonpMapper.class);
			JsonMapper applicationMapper = context.getBean(JsonMapper.class);
			JsonMapper used = context.getBean(Jackson3JsonpMapper.class).objectMapper();
			assertThat(used.serializationConfig().getDefaultVisibilityChecker())
				.isEqualTo(applicationMapper.serializationConfig().getDefaultVisibilityChecker());
		});
	}

	@Test
	void fallsBackToJackson2WithoutJackson3() {
		this.runner.withClassLoader(new FilteredClassLoader(JsonMapper.class))
			.run((context) -> assertThat(context).hasSingleBean(JacksonJsonpMapper.class)
				.doesNotHaveBean(Jackson3JsonpMapper.class));
	}

	@Test
	void backsOffFromAUserJsonpMapper() {
		this.runner.withBean(JsonpMapper.class, SimpleJsonpMapper::new)
			.run((context) -> assertThat(context.getBean(JsonpMapper.class)).isInstanceOf(SimpleJsonpMapper.class));
	}

	@Test
	void backsOffFromAUserRestClient() {
		this.runner.withUserConfiguration(UserRestClientConfiguration.class).run((context) -> {
			assertThat(context).hasSingleBean(Rest5Client.class);
			assertThat(context.getBean(Rest5Client.class)).isSameAs(context.getBean("userRestClient"));
			assertThat(context.getBean(Rest5ClientTransport.class).restClient())
				.isSameAs(context.getBean("userRestClient"));
		});
	}

	@Test
	void backsOffFromAUserTransportAndClients() {
		this.runner.withUserConfiguration(UserClientsConfiguration.class).run((context) -> {
			assertThat(context.getBean(ElasticsearchTransport.class)).isSameAs(context.getBean("userTransport"));
			assertThat(context.getBean(ElasticsearchClient.class)).isSameAs(context.getBean("userClient"));
			assertThat(context.getBean(ElasticsearchAsyncClient.class)).isSameAs(context.getBean("userAsyncClient"));
		});
	}

	@Test
	void aUserRestClientNeedsNoConnectionProperty() {
		new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(ElasticAutoConfiguration.class))
			.withUserConfiguration(UserRestClientConfiguration.class)
			.run((context) -> {
				assertThat(context).hasNotFailed().doesNotHaveBean(ElasticConnectionDetails.class);
				assertThat(context.getBean(Rest5ClientTransport.class).restClient())
					.isSameAs(context.getBean("userRestClient"));
			});
	}

	@Test
	void aUserTransportNeedsNoConnectionProperty() {
		new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(ElasticAutoConfiguration.class))
			.withBean("userTransport", ElasticsearchTransport.class,
					() -> new Rest5ClientTransport(Rest5Client.builder(URI.create("http://localhost:9201")).build(),
							new SimpleJsonpMapper()))
			.run((context) -> {
				assertThat(context).hasNotFailed()
					.doesNotHaveBean(ElasticConnectionDetails.class)
					.doesNotHaveBean(Rest5Client.class);
				assertThat(context.getBean(ElasticsearchClient.class)._transport())
					.isSameAs(context.getBean("userTransport"));
			});
	}

	@Test
	void aUserClientNeedsNoConnectionProperty() {
		new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(ElasticAutoConfiguration.class))
			.withBean("userClient", ElasticsearchClient.class,
					() -> new ElasticsearchClient(new Rest5ClientTransport(
							Rest5Client.builder(URI.create("http://localhost:9201")).build(), new SimpleJsonpMapper())))
			.run((context) -> assertThat(context).hasNotFailed()
				.doesNotHaveBean(ElasticConnectionDetails.class)
				.doesNotHaveBean(Rest5Client.class)
				.doesNotHaveBean(ElasticsearchTransport.class)
				.getBean(ElasticsearchClient.class)
				.isSameAs(context.getBean("userClient")));
	}

	@Test
	void aUserClientWithAConfiguredConnectionIsBuiltOnTheStartersTransport() {
		this.runner.withUserConfiguration(UserClientOnTheStartersTransportConfiguration.class)
			.run((context) -> assertThat(context.getBean(ElasticsearchClient.class)._transport())
				.isSameAs(context.getBean(Rest5ClientTransport.class)));
	}

	@Test
	void userConnectionDetailsReplaceTheProperties() {
		this.runner.withPropertyValues("elastic.hosts=")
			.withBean(ElasticConnectionDetails.class, () -> () -> List.of(URI.create("http://127.0.0.1:9999")))
			.run((context) -> {
				assertThat(context).hasNotFailed().doesNotHaveBean(PropertiesElasticConnectionDetails.class);
				assertThat(context.getBean(Rest5Client.class).getNodes().get(0).getHost().toURI())
					.isEqualTo("http://127.0.0.1:9999");
			});
	}

	@Test
	void appliesCustomizersInOrderAfterTheProperties() {
		this.runner.withPropertyValues("elastic.response-timeout=5s")
			.withUserConfiguration(OrderedCustomizersConfiguration.class)
			.run((context) -> {
				OrderedCustomizersConfiguration configuration = context.getBean(OrderedCustomizersConfiguration.class);
				assertThat(configuration.responseTimeoutsSeen).containsExactly("5000 MILLISECONDS", "7 SECONDS");
			});
	}

	@Test
	void createsNoSnifferByDefault() {
		this.runner.run((context) -> assertThat(context).doesNotHaveBean(Sniffer.class));
	}

	@Test
	void createsASnifferWhenSniffingIsEnabled() {
		this.runner.withPropertyValues("elastic.sniffing.enabled=true", "elastic.sniffing.interval=10m")
			.run((context) -> assertThat(context).hasSingleBean(Sniffer.class));
	}

	@Test
	void connectionDetailsNeverShowTheSecret() {
		this.runner.withPropertyValues("elastic.username=elastic", "elastic.password=s3cr3t-Pa55")
			.run((context) -> assertThat(context.getBean(ElasticConnectionDetails.class).toString())
				.contains("elastic")
				.doesNotContain("s3cr3t-Pa55"));
	}

	@Configuration(proxyBeanMethods = false)
	static class UserRestClientConfiguration {

		@Bean
		Rest5Client userRestClient() {
			return Rest5Client.builder(URI.create("http://localhost:9201")).build();
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class UserClientOnTheStartersTransportConfiguration {

		@Bean
		ElasticsearchClient userClient(ElasticsearchTransport transport) {
			return new ElasticsearchClient(transport);
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class UserClientsConfiguration {

		@Bean
		ElasticsearchTransport userTransport(Rest5Client client) {
			return new Rest5ClientTransport(client, new SimpleJsonpMapper());
		}

		@Bean
		ElasticsearchClient userClient(ElasticsearchTransport transport) {
			return new ElasticsearchClient(transport);
		}

		@Bean
		ElasticsearchAsyncClient userAsyncClient(ElasticsearchTransport transport) {
			return new ElasticsearchAsyncClient(transport);
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class OrderedCustomizersConfiguration {

		final List<String> responseTimeoutsSeen = new ArrayList<>();

		@Bean
		@Order(10)
		ElasticClientBuilderCustomizer laterCustomizer() {
			return new ElasticClientBuilderCustomizer() {
				@Override
				public void customize(RequestConfig.Builder builder) {
					builder.setResponseTimeout(org.apache.hc.core5.util.Timeout.ofSeconds(7));
					OrderedCustomizersConfiguration.this.responseTimeoutsSeen
						.add(builder.build().getResponseTimeout().toString());
				}
			};
		}

		@Bean
		@Order(-10)
		ElasticClientBuilderCustomizer earlierCustomizer() {
			return new ElasticClientBuilderCustomizer() {
				@Override
				public void customize(RequestConfig.Builder builder) {
					builder.setResponseTimeout(org.apache.hc.core5.util.Timeout.ofSeconds(1));
				}
			};
		}

		@Bean
		@Order(1)
		ElasticClientBuilderCustomizer recordingCustomizer() {
			return new ElasticClientBuilderCustomizer() {
				@Override
				public void customize(RequestConfig.Builder builder) {
					OrderedCustomizersConfiguration.this.responseTimeoutsSeen
						.add(builder.build().getResponseTimeout().toString());
				}
			};
		}

	}

}
