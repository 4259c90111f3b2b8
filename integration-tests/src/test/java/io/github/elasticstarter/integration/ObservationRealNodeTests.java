package io.github.elasticstarter.integration;

import java.util.Map;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.Refresh;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.observation.DefaultMeterObservationHandler;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

/**
 * Against the real node, every API call is timed through the application's observation
 * registry, per operation and outcome.
 */
@Tag("smoke")
class ObservationRealNodeTests {

	@Test
	void callsAreTimedPerOperationAndOutcome() {
		MeterRegistry meters = new SimpleMeterRegistry();
		ObservationRegistry registry = ObservationRegistry.create();
		registry.observationConfig().observationHandler(new DefaultMeterObservationHandler(meters));
		String index = RealNode.uniqueIndex("observed");
		RealNode.http().withBean(ObservationRegistry.class, () -> registry).run((context) -> {
			ElasticsearchClient client = context.getBean(ElasticsearchClient.class);
			client.index((i) -> i.index(index).id("1").document(Map.of("name", "Lausanne")).refresh(Refresh.True));
			client.search((s) -> s.index(index), Map.class);
			client.search((s) -> s.index(index), Map.class);
			assertThatException().isThrownBy(() -> client.search((s) -> s.index("missing-" + index), Map.class));
		});
		assertThat(meters.get("elastic.client.requests").tag("operation", "index").tag("outcome", "success").timer()
			.count()).isEqualTo(1);
		assertThat(meters.get("elastic.client.requests").tag("operation", "search").tag("outcome", "success").timer()
			.count()).isEqualTo(2);
		assertThat(meters.get("elastic.client.requests")
			.tag("operation", "search")
			.tag("outcome", "error")
			.tag("status", "404")
			.timer()
			.count()).isEqualTo(1);
	}

}
