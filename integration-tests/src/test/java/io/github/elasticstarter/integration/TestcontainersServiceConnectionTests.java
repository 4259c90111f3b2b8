package io.github.elasticstarter.integration;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import io.github.elasticstarter.autoconfigure.ElasticAutoConfiguration;
import io.github.elasticstarter.autoconfigure.ElasticConnectionDetails;
import org.junit.jupiter.api.Test;
import org.testcontainers.elasticsearch.ElasticsearchContainer;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * For Docker users: {@code @ServiceConnection} on an {@link ElasticsearchContainer} supplies the
 * starter's connection details (HTTPS trusting the container's CA by fingerprint, user
 * {@code elastic}). Skipped where there is no Docker engine.
 */
@Testcontainers(disabledWithoutDocker = true)
@SpringBootTest(classes = TestcontainersServiceConnectionTests.Application.class)
class TestcontainersServiceConnectionTests {

	@Container
	@ServiceConnection
	static final ElasticsearchContainer elasticsearch = new ElasticsearchContainer(
			"docker.elastic.co/elasticsearch/elasticsearch:9.2.4");

	@Autowired
	ElasticConnectionDetails connectionDetails;

	@Autowired
	ElasticsearchClient client;

	@Test
	void containerSuppliesTheConnectionDetails() throws Exception {
		assertThat(this.connectionDetails.getNodes()).singleElement()
			.satisfies((node) -> assertThat(node.getScheme()).isEqualTo("https"));
		assertThat(this.connectionDetails.getCaFingerprint()).hasSize(64);
		assertThat(this.client.cluster().health().numberOfNodes()).isEqualTo(1);
	}

	@Configuration(proxyBeanMethods = false)
	@ImportAutoConfiguration({ ElasticAutoConfiguration.class, JacksonAutoConfiguration.class })
	static class Application {

	}

}
