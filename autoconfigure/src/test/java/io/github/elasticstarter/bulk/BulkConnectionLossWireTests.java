package io.github.elasticstarter.bulk;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import io.github.elasticstarter.autoconfigure.ElasticAutoConfiguration;
import io.github.elasticstarter.autoconfigure.bulk.ElasticBulkAutoConfiguration;
import io.github.elasticstarter.testsupport.MisbehavingServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * A bulk load whose node drops every connection once a request arrived: the load ends within
 * its retries, sending again only what has an id.
 */
@Timeout(30)
class BulkConnectionLossWireTests {

	@Test
	void loadEndsAfterMaxRetriesAndResendsOnlyOperationsWithAnId() throws Exception {
		List<FailedItem> deadLetters = new CopyOnWriteArrayList<>();
		try (MisbehavingServer server = new MisbehavingServer(MisbehavingServer.Behaviour.RESET)) {
			new ApplicationContextRunner()
				.withConfiguration(AutoConfigurations.of(JacksonAutoConfiguration.class,
						ElasticAutoConfiguration.class, ElasticBulkAutoConfiguration.class))
				.withPropertyValues("elastic.hosts=" + server.url())
				.run((context) -> {
					try (BulkLoad load = context.getBean(ElasticBulk.class)
						.open("cities", (options) -> options.maxRetries(2)
							.initialBackoff(Duration.ofMillis(10))
							.onFailure(deadLetters::add))) {
						load.add("cities", "1", Map.of("name", "Paris"));
						load.add("cities", null, Map.of("name", "Lyon"));
						BulkResult result = load.finish();
						assertThat(result.failed()).isEqualTo(2);
					}
				});
			assertThat(server.requests()).isEqualTo(3);
		}
		assertThat(deadLetters).extracting(FailedItem::id, FailedItem::attempts)
			.containsExactlyInAnyOrder(tuple("1", 3),
					tuple(null, 1));
	}

}
