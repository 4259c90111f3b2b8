package com.example.consumer;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.transport.rest5_client.low_level.Node;
import co.elastic.clients.transport.rest5_client.low_level.Rest5Client;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/** The plainly declared starter auto-configures the client from {@code elastic.*}; no node is needed to start. */
@SpringBootTest(properties = "elastic.hosts=http://localhost:9200")
class ConsumerApplicationTests {

	@Autowired
	private ApplicationContext context;

	@Autowired
	private BookSearch bookSearch;

	@Test
	void theServiceGetsTheStartersClientForTheConfiguredHost() {
		assertThat(this.bookSearch.client()).isSameAs(this.context.getBean(ElasticsearchClient.class));
		assertThat(this.context.getBean(Rest5Client.class).getNodes()).extracting(Node::getHost)
			.extracting(Object::toString)
			.containsExactly("http://localhost:9200");
	}

}
