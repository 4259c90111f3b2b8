package io.github.elasticstarter.bulk;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.github.elasticstarter.autoconfigure.ElasticAutoConfiguration;
import io.github.elasticstarter.autoconfigure.bulk.ElasticBulkAutoConfiguration;
import io.github.elasticstarter.bulk.BulkServer.BulkCall;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * Open loads through the application context's stop (also the checkpoint path) and close.
 */
@Timeout(30)
class ElasticBulkLifecycleTests {

	@RegisterExtension
	final BulkServer server = new BulkServer();

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(JacksonAutoConfiguration.class, ElasticAutoConfiguration.class,
				ElasticBulkAutoConfiguration.class))
		.withPropertyValues("elastic.hosts=" + this.server.url(), "elastic.bulk.flush-interval=1h");

	@Test
	void stoppingTheContextSendsWhatOpenLoadsHoldBeforeTheClientPauses() {
		this.runner.run((context) -> {
			BulkLoad load = context.getBean(ElasticBulk.class).open("cities");
			load.add("cities", "1", Map.of("name", "Paris"));
			context.stop();
			assertThat(this.server.calls()).extracting(BulkCall::ids).containsExactly(List.of("1"));
			assertThat(load.finish().succeeded()).isOne();
		});
	}

	@Test
	void closingTheContextSendsWhatOpenLoadsHold() {
		this.runner.run((context) -> {
			BulkLoad load = context.getBean(ElasticBulk.class).open("cities");
			load.add("cities", "1", Map.of("name", "Paris"));
			context.close();
			assertThat(this.server.calls()).extracting(BulkCall::ids).containsExactly(List.of("1"));
		});
	}

	@Test
	void addingToALoadFinishedByStopFailsClearly() {
		this.runner.run((context) -> {
			BulkLoad load = context.getBean(ElasticBulk.class).open("cities");
			context.stop();
			assertThatIllegalStateException().isThrownBy(() -> load.add("cities", "1", Map.of("name", "Paris")))
				.withMessageContaining("'cities' is closed because the application context stopped");
		});
	}

	@Test
	void openingALoadWhileStoppedFailsClearly() {
		this.runner.run((context) -> {
			context.stop();
			assertThatIllegalStateException().isThrownBy(() -> context.getBean(ElasticBulk.class).open("cities"))
				.withMessageContaining("application context is stopped");
		});
	}

	@Test
	void loadsCanBeOpenedAgainAfterARestart() {
		this.runner.run((context) -> {
			context.stop();
			context.start();
			try (BulkLoad load = context.getBean(ElasticBulk.class)
				.open("cities", (options) -> options.maxWait(Duration.ofSeconds(10)))) {
				load.add("cities", "1", Map.of("name", "Paris"));
				assertThat(load.finish().succeeded()).isOne();
			}
		});
	}

}
