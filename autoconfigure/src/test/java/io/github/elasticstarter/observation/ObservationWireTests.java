package io.github.elasticstarter.observation;

import java.util.Map;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.transport.instrumentation.Instrumentation;
import io.github.elasticstarter.autoconfigure.ElasticAutoConfiguration;
import io.github.elasticstarter.testsupport.RecordingServer;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.observation.DefaultMeterObservationHandler;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistryAssert;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

/**
 * Every API call is observed through the application's {@link ObservationRegistry}, giving a
 * timer tagged by operation, outcome and status, and nothing when there is no registry.
 */
class ObservationWireTests {

	@RegisterExtension
	final RecordingServer server = RecordingServer.forEachTest();

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(ElasticAutoConfiguration.class, JacksonAutoConfiguration.class));

	@Test
	void observesEachCallWithOperationOutcomeAndStatus() {
		TestObservationRegistry registry = TestObservationRegistry.create();
		this.runner.withBean(ObservationRegistry.class, () -> registry)
			.withPropertyValues("elastic.hosts=" + this.server.url())
			.run((context) -> context.getBean(ElasticsearchClient.class).get((g) -> g.index("i").id("1"), Map.class));
		TestObservationRegistryAssert.assertThat(registry)
			.hasObservationWithNameEqualTo("elastic.client.requests")
			.that()
			.hasContextualNameEqualTo("elasticsearch get")
			.hasLowCardinalityKeyValue("operation", "get")
			.hasLowCardinalityKeyValue("outcome", "success")
			.hasLowCardinalityKeyValue("status", "200")
			.hasBeenStopped();
	}

	@Test
	void timerCountsErrorsSeparatelyAndCarriesNoQuery() {
		MeterRegistry meters = new SimpleMeterRegistry();
		ObservationRegistry registry = ObservationRegistry.create();
		registry.observationConfig().observationHandler(new DefaultMeterObservationHandler(meters));
		this.server.enqueueError(400);
		this.runner.withBean(ObservationRegistry.class, () -> registry)
			.withPropertyValues("elastic.hosts=" + this.server.url())
			.run((context) -> {
				ElasticsearchClient client = context.getBean(ElasticsearchClient.class);
				assertThatException().isThrownBy(() -> client.search((s) -> s.index("secret-query-index")
					.query((q) -> q.match((m) -> m.field("name").query("confidential words"))), Map.class));
				client.search((s) -> s.index("i"), Map.class);
			});
		Timer failed = meters.get("elastic.client.requests").tag("operation", "search").tag("outcome", "error").timer();
		Timer succeeded = meters.get("elastic.client.requests").tag("outcome", "success").timer();
		assertThat(failed.count()).isEqualTo(1);
		assertThat(failed.getId().getTag("status")).isEqualTo("400");
		assertThat(succeeded.count()).isEqualTo(1);
		assertThat(failed.getId().getTags()).extracting(Tag::getValue)
			.noneMatch((value) -> value.contains("confidential") || value.contains("secret-query-index"));
	}

	@Test
	void aMissingDocumentIsNotFoundNotAnError() {
		TestObservationRegistry registry = TestObservationRegistry.create();
		this.server.enqueue(404, "{\"_index\":\"i\",\"_id\":\"1\",\"found\":false}");
		this.runner.withBean(ObservationRegistry.class, () -> registry)
			.withPropertyValues("elastic.hosts=" + this.server.url())
			.run((context) -> assertThat(
					context.getBean(ElasticsearchClient.class).get((g) -> g.index("i").id("1"), Map.class).found())
				.isFalse());
		TestObservationRegistryAssert.assertThat(registry)
			.hasObservationWithNameEqualTo("elastic.client.requests")
			.that()
			.hasLowCardinalityKeyValue("outcome", "not_found")
			.hasLowCardinalityKeyValue("status", "404");
	}

	@Test
	void existsOfAMissingDocumentIsNotFoundNotAnError() {
		TestObservationRegistry registry = TestObservationRegistry.create();
		this.server.enqueue(404, "");
		this.runner.withBean(ObservationRegistry.class, () -> registry)
			.withPropertyValues("elastic.hosts=" + this.server.url())
			.run((context) -> assertThat(
					context.getBean(ElasticsearchClient.class).exists((e) -> e.index("i").id("1")).value())
				.isFalse());
		TestObservationRegistryAssert.assertThat(registry)
			.hasObservationWithNameEqualTo("elastic.client.requests")
			.that()
			.hasLowCardinalityKeyValue("operation", "exists")
			.hasLowCardinalityKeyValue("outcome", "not_found");
	}

	@Test
	void aMissingIndexIsStillAnError() {
		TestObservationRegistry registry = TestObservationRegistry.create();
		this.server.enqueue(404, "{\"error\":{\"type\":\"index_not_found_exception\",\"reason\":\"no such index\"},"
				+ "\"status\":404}");
		this.runner.withBean(ObservationRegistry.class, () -> registry)
			.withPropertyValues("elastic.hosts=" + this.server.url())
			.run((context) -> assertThatException()
				.isThrownBy(() -> context.getBean(ElasticsearchClient.class).search((s) -> s.index("i"), Map.class)));
		TestObservationRegistryAssert.assertThat(registry)
			.hasObservationWithNameEqualTo("elastic.client.requests")
			.that()
			.hasLowCardinalityKeyValue("outcome", "error")
			.hasLowCardinalityKeyValue("status", "404");
	}

	@Test
	void noInstrumentationWithoutARegistry() {
		this.runner.withPropertyValues("elastic.hosts=" + this.server.url())
			.run((context) -> assertThat(context).doesNotHaveBean(Instrumentation.class));
	}

	@Test
	void instrumentationIsTheObservationOneWithARegistry() {
		this.runner.withBean(ObservationRegistry.class, ObservationRegistry::create)
			.withPropertyValues("elastic.hosts=" + this.server.url())
			.run((context) -> assertThat(context).hasSingleBean(ObservationInstrumentation.class));
	}

}
