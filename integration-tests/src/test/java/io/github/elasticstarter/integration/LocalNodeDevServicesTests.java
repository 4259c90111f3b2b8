package io.github.elasticstarter.integration;

import java.net.URI;
import java.util.List;
import java.util.function.Supplier;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.transport.rest5_client.Rest5ClientTransport;
import co.elastic.clients.transport.rest5_client.low_level.Rest5Client;
import io.github.elasticstarter.autoconfigure.ElasticConnectionDetails;
import io.github.elasticstarter.autoconfigure.clients.ElasticClientsAutoConfiguration;
import io.github.elasticstarter.autoconfigure.clients.ElasticDevelopmentConnection;
import io.github.elasticstarter.autoconfigure.springboot.SpringBootConnectionDetailsAutoConfiguration;
import io.github.elasticstarter.autoconfigure.springboot.SpringElasticsearchEnvironmentPostProcessor;
import io.github.elasticstarter.localnode.LocalElasticsearch;
import io.github.elasticstarter.localnode.spring.LocalElasticsearchAutoConfiguration;
import io.github.elasticstarter.localnode.spring.LocalElasticsearchConnectionDetails;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.BeanFactoryAnnotationUtils;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.elasticsearch.autoconfigure.ElasticsearchConnectionDetails;
import org.springframework.boot.elasticsearch.autoconfigure.ElasticsearchConnectionDetails.Node;
import org.springframework.boot.elasticsearch.autoconfigure.ElasticsearchConnectionDetails.Node.Protocol;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With the local-node module on the class path and no connection configured, the starter
 * connects to the local node, and so does a named client that configures no connection; any
 * connection property, or the switch, turns that off.
 */
class LocalNodeDevServicesTests {

	private final ApplicationContextRunner runner = RealNode.runner()
		.withConfiguration(AutoConfigurations.of(LocalElasticsearchAutoConfiguration.class,
				SpringBootConnectionDetailsAutoConfiguration.class));

	@Test
	void connectsToTheLocalHttpsNodeWhenNothingIsConfigured() {
		LocalElasticsearch node = LocalElasticsearch.https();
		this.runner.run((context) -> {
			assertThat(context).hasSingleBean(LocalElasticsearchConnectionDetails.class);
			assertThat(context.getBean(ElasticConnectionDetails.class).getNodes().get(0).getScheme()).isEqualTo("https");
			assertThat(context.getBean(ElasticsearchClient.class).security().authenticate().username())
				.isEqualTo(node.superuserName());
		});
	}

	@Test
	void usesThePlainHttpNodeOnRequest() {
		this.runner.withPropertyValues("elastic.local-node.https=false")
			.run((context) -> assertThat(context.getBean(ElasticConnectionDetails.class).getNodes())
				.singleElement()
				.satisfies((uri) -> assertThat(uri.getPort()).isEqualTo(LocalElasticsearch.http().port())));
	}

	@Test
	void configuredHostsWin() {
		this.runner.withPropertyValues("elastic.hosts=http://127.0.0.1:9299")
			.run((context) -> assertThat(context).doesNotHaveBean(LocalElasticsearchConnectionDetails.class)
				.hasSingleBean(ElasticConnectionDetails.class));
	}

	@Test
	void startsNoNodeForAnApplicationThatBringsItsOwnRestClient() {
		this.runner.withBean("userRestClient", Rest5Client.class,
				() -> Rest5Client.builder(URI.create("http://127.0.0.1:9299")).build())
			.run((context) -> assertThat(context).hasNotFailed()
				.doesNotHaveBean(LocalElasticsearchConnectionDetails.class)
				.doesNotHaveBean(ElasticConnectionDetails.class)
				.getBean(ElasticsearchClient.class)
				.satisfies((client) -> assertThat(((Rest5ClientTransport) client._transport()).restClient())
					.isSameAs(context.getBean("userRestClient"))));
	}

	@Test
	void startsNoNodeForSpringBootsElasticsearchProperties() {
		this.runner.withInitializer((context) -> new SpringElasticsearchEnvironmentPostProcessor(Supplier::get)
			.postProcessEnvironment(context.getEnvironment(), new SpringApplication()))
			.withPropertyValues("spring.elasticsearch.uris=http://127.0.0.1:9299")
			.run((context) -> assertThat(context).doesNotHaveBean(LocalElasticsearchConnectionDetails.class)
				.getBean(ElasticConnectionDetails.class)
				.satisfies((details) -> assertThat(details.getNodes()).containsExactly(URI.create("http://127.0.0.1:9299"))));
	}

	@Test
	void startsNoNodeForASpringBootServiceConnection() {
		this.runner.withBean(ElasticsearchConnectionDetails.class,
				() -> () -> List.of(new Node("127.0.0.1", 9299, Protocol.HTTP)))
			.run((context) -> assertThat(context).doesNotHaveBean(LocalElasticsearchConnectionDetails.class)
				.getBean(ElasticConnectionDetails.class)
				.satisfies((details) -> assertThat(details.getNodes()).containsExactly(URI.create("http://127.0.0.1:9299"))));
	}

	@Test
	void credentialsWithoutHostAreReportedNotReplaced() {
		this.runner.withPropertyValues("elastic.api-key=id:secret")
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessageContaining("neither 'elastic.cloud-id' nor 'elastic.hosts' is set"));
	}

	@Test
	void aNamedClientWithoutConnectionUsesTheLocalNode() {
		LocalElasticsearch node = LocalElasticsearch.https();
		this.runner.withConfiguration(AutoConfigurations.of(ElasticClientsAutoConfiguration.class))
			.withPropertyValues("elastic.clients.scratch.primary=true")
			.run((context) -> {
				assertThat(context).hasNotFailed()
					.hasSingleBean(ElasticDevelopmentConnection.class)
					.doesNotHaveBean(ElasticConnectionDetails.class)
					.doesNotHaveBean("elasticRestClient");
				ElasticsearchClient scratch = BeanFactoryAnnotationUtils
					.qualifiedBeanOfType(context.getBeanFactory(), ElasticsearchClient.class, "scratch");
				assertThat(scratch.security().authenticate().username()).isEqualTo(node.superuserName());
			});
	}

	@Test
	void namedClientsWithTheirOwnConnectionStartNoNode() {
		this.runner.withConfiguration(AutoConfigurations.of(ElasticClientsAutoConfiguration.class))
			.withPropertyValues("elastic.clients.archive.hosts=http://127.0.0.1:9299")
			.run((context) -> assertThat(context).hasNotFailed()
				.doesNotHaveBean(ElasticDevelopmentConnection.class)
				.doesNotHaveBean(LocalElasticsearchConnectionDetails.class)
				.doesNotHaveBean("elasticRestClient"));
	}

	@Test
	void canBeSwitchedOff() {
		this.runner.withPropertyValues("elastic.local-node.enabled=false")
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessageContaining("neither 'elastic.cloud-id' nor 'elastic.hosts' is set"));
	}

}
