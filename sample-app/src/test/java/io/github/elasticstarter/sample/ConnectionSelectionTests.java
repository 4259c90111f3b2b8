package io.github.elasticstarter.sample;

import java.net.URI;
import java.util.Base64;
import java.util.Map;

import io.github.elasticstarter.autoconfigure.ElasticAutoConfiguration;
import io.github.elasticstarter.autoconfigure.ElasticConnectionDetails;
import io.github.elasticstarter.credentials.ElasticCredentials;
import io.github.elasticstarter.localnode.spring.LocalElasticsearchAutoConfiguration;
import io.github.elasticstarter.localnode.spring.LocalElasticsearchConnectionDetails;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.ssl.SslAutoConfiguration;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The same jar runs against a real deployment when given only environment variables: Spring
 * Boot's relaxed binding maps {@code ELASTIC_CLOUD_ID} to {@code elastic.cloud-id} and so on,
 * and any such connection keeps the local node from starting. No node is needed (nor started)
 * here: building the client does not connect.
 */
class ConnectionSelectionTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(LocalElasticsearchAutoConfiguration.class,
				ElasticAutoConfiguration.class, JacksonAutoConfiguration.class, SslAutoConfiguration.class));

	@Test
	void cloudIdAndApiKeyFromTheEnvironment() {
		String cloudId = "my-deployment:"
				+ Base64.getEncoder().encodeToString("eu-central-1.aws.cloud.es.io$abc$def".getBytes());
		withEnvironment(Map.of("ELASTIC_CLOUD_ID", cloudId, "ELASTIC_API_KEY", "key-id:key-secret")).run((context) -> {
			assertThat(context).hasNotFailed().doesNotHaveBean(LocalElasticsearchConnectionDetails.class);
			ElasticConnectionDetails connection = context.getBean(ElasticConnectionDetails.class);
			assertThat(connection.getNodes()).containsExactly(URI.create("https://abc.eu-central-1.aws.cloud.es.io:443"));
			assertThat(connection.isElasticCloud()).isTrue();
			assertThat(connection.getCredentials()).isInstanceOf(ElasticCredentials.ApiKey.class);
		});
	}

	@Test
	void hostsAndBasicCredentialsFromTheEnvironment() {
		withEnvironment(Map.of("ELASTIC_HOSTS", "https://es1.example.com:9200,https://es2.example.com:9200",
				"ELASTIC_USERNAME", "search-service", "ELASTIC_PASSWORD", "s3cret"))
			.run((context) -> {
				assertThat(context).hasNotFailed().doesNotHaveBean(LocalElasticsearchConnectionDetails.class);
				ElasticConnectionDetails connection = context.getBean(ElasticConnectionDetails.class);
				assertThat(connection.getNodes()).containsExactly(URI.create("https://es1.example.com:9200"),
						URI.create("https://es2.example.com:9200"));
				assertThat(connection.getCredentials())
					.isEqualTo(new ElasticCredentials.Basic("search-service", "s3cret"));
			});
	}

	@Test
	void hostsPropertyAloneKeepsTheLocalNodeOff() {
		this.runner.withPropertyValues("elastic.hosts=http://127.0.0.1:9200")
			.run((context) -> assertThat(context).hasNotFailed()
				.doesNotHaveBean(LocalElasticsearchConnectionDetails.class)
				.hasSingleBean(ElasticConnectionDetails.class));
	}

	/** The variables as the process environment would supply them, with its relaxed binding. */
	private ApplicationContextRunner withEnvironment(Map<String, Object> variables) {
		return this.runner.withInitializer((context) -> context.getEnvironment()
			.getPropertySources()
			.addAfter(StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME, new SystemEnvironmentPropertySource(
					StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME + "-test", variables)));
	}

}
