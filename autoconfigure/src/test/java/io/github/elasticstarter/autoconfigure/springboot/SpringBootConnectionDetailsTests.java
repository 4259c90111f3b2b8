package io.github.elasticstarter.autoconfigure.springboot;

import java.net.URI;
import java.util.List;
import java.util.Map;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import io.github.elasticstarter.autoconfigure.ElasticAutoConfiguration;
import io.github.elasticstarter.autoconfigure.ElasticConnectionDetails;
import io.github.elasticstarter.credentials.ElasticCredentials;
import io.github.elasticstarter.testsupport.RecordingServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.elasticsearch.autoconfigure.ElasticsearchConnectionDetails;
import org.springframework.boot.elasticsearch.autoconfigure.ElasticsearchConnectionDetails.Node;
import org.springframework.boot.elasticsearch.autoconfigure.ElasticsearchConnectionDetails.Node.Protocol;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A Spring Boot {@link ElasticsearchConnectionDetails} bean, as Docker Compose and Testcontainers
 * service connections provide, says where and as whom the starter's client connects, unless
 * {@code elastic.*} properties say otherwise. No Docker needed: the bean is the application's.
 */
@ExtendWith(OutputCaptureExtension.class)
class SpringBootConnectionDetailsTests {

	@RegisterExtension
	final RecordingServer server = RecordingServer.forEachTest();

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(SpringBootConnectionDetailsAutoConfiguration.class,
				ElasticAutoConfiguration.class, JacksonAutoConfiguration.class));

	@Test
	void nodesAndApiKeyOfTheBeanAreUsedOnTheWire() {
		this.runner.withBean(ElasticsearchConnectionDetails.class, () -> details(this.server.port(), "ZW5jb2RlZA==", null))
			.run((context) -> {
				assertThat(context).hasNotFailed();
				context.getBean(ElasticsearchClient.class).get((g) -> g.index("i").id("1"), Map.class);
			});
		assertThat(this.server.requests()).singleElement()
			.satisfies((request) -> assertThat(request.header("Authorization")).isEqualTo("ApiKey ZW5jb2RlZA=="));
	}

	@Test
	void usernameAndPasswordOfTheBeanAreUsed() {
		this.runner.withBean(ElasticsearchConnectionDetails.class, () -> details(9243, null, "s3cret"))
			.run((context) -> {
				ElasticConnectionDetails used = context.getBean(ElasticConnectionDetails.class);
				assertThat(used.getNodes()).containsExactly(URI.create("http://127.0.0.1:9243"));
				assertThat(used.getCredentials()).isEqualTo(new ElasticCredentials.Basic("elastic", "s3cret"));
				assertThat(used.getPathPrefix()).isEqualTo("/prefix");
				assertThat(used.toString()).doesNotContain("s3cret");
			});
	}

	@Test
	void credentialsCarriedByANodeAreUsed() {
		this.runner.withBean(ElasticsearchConnectionDetails.class,
				() -> () -> List.of(new Node("es.example.com", -1, Protocol.HTTPS, "carol", "n0de-s3cret")))
			.run((context) -> {
				ElasticConnectionDetails used = context.getBean(ElasticConnectionDetails.class);
				assertThat(used.getNodes()).containsExactly(URI.create("https://es.example.com:443"));
				assertThat(used.getCredentials()).isEqualTo(new ElasticCredentials.Basic("carol", "n0de-s3cret"));
			});
	}

	@Test
	void elasticHostsWinOverTheBeanWithAWarning(CapturedOutput output) {
		this.runner.withBean(ElasticsearchConnectionDetails.class, () -> details(9243, null, "s3cret"))
			.withPropertyValues("elastic.hosts=http://mine.example.com:9200")
			.run((context) -> assertThat(context.getBean(ElasticConnectionDetails.class).getNodes())
				.containsExactly(URI.create("http://mine.example.com:9200")));
		assertThat(output).contains("Ignoring Spring Boot's ElasticsearchConnectionDetails bean");
	}

	@Test
	void noWarningWhenTheBeanIsUsed(CapturedOutput output) {
		this.runner.withBean(ElasticsearchConnectionDetails.class, () -> details(9243, null, "s3cret"))
			.run((context) -> assertThat(context).hasNotFailed());
		assertThat(output).doesNotContain("Ignoring").contains("Using Spring Boot's Elasticsearch connection details");
	}

	@Test
	void noWarningWithoutTheBean(CapturedOutput output) {
		this.runner.withPropertyValues("elastic.hosts=http://mine.example.com:9200")
			.run((context) -> assertThat(context).hasNotFailed());
		assertThat(output).doesNotContain("ElasticsearchConnectionDetails");
	}

	private static ElasticsearchConnectionDetails details(int port, String apiKey, String password) {
		return new ElasticsearchConnectionDetails() {

			@Override
			public List<Node> getNodes() {
				return List.of(new Node("127.0.0.1", port, Protocol.HTTP));
			}

			@Override
			public String getUsername() {
				return (password != null) ? "elastic" : null;
			}

			@Override
			public String getPassword() {
				return password;
			}

			@Override
			public String getApiKey() {
				return apiKey;
			}

			@Override
			public String getPathPrefix() {
				return (apiKey != null) ? null : "/prefix";
			}

		};
	}

}
