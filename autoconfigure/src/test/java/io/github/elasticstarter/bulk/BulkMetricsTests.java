package io.github.elasticstarter.bulk;

import java.time.Duration;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

import static io.github.elasticstarter.bulk.BulkTestLoads.addCities;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@code elastic.bulk.*} meters of a load, tagged with its name.
 */
@Timeout(30)
class BulkMetricsTests {

	@RegisterExtension
	final BulkServer server = new BulkServer();

	private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

	private final BulkTestLoads loads = new BulkTestLoads(this.server)
		.with((runner) -> runner.withBean(MeterRegistry.class, () -> this.registry));

	@Test
	void documentsAreCountedByOutcome() {
		this.server.itemStatus((call, id) -> id.equals("2") ? 400 : 201);
		load();
		assertThat(this.registry.get("elastic.bulk.documents").tags("load", "cities", "outcome", "succeeded")
			.counter()
			.count()).isEqualTo(2);
		assertThat(this.registry.get("elastic.bulk.documents").tags("load", "cities", "outcome", "failed")
			.counter()
			.count()).isEqualTo(1);
	}

	@Test
	void retriesAreCounted() {
		this.server.itemStatus((call, id) -> (call == 0 && id.equals("1")) ? 429 : 201);
		load();
		assertThat(this.registry.get("elastic.bulk.retries").tag("load", "cities").counter().count()).isEqualTo(1);
	}

	@Test
	void requestsAreTimedAndTheirBytesCounted() {
		this.server.itemStatus((call, id) -> (call == 0 && id.equals("1")) ? 429 : 201);
		BulkResult result = load();
		assertThat(this.registry.get("elastic.bulk.request").tag("load", "cities").timer().count()).isEqualTo(2);
		assertThat(this.registry.get("elastic.bulk.bytes").tag("load", "cities").counter().count())
			.isEqualTo(result.bytes())
			.isPositive();
	}

	@Test
	void noRequestIsActiveOnceTheLoadFinished() {
		load();
		assertThat(this.registry.get("elastic.bulk.requests.active").tag("load", "cities").gauge().value()).isZero();
	}

	@Test
	void noRequestIsActiveOnceALoadGaveUpOnItsRequests() {
		this.server.silent();
		this.loads.load((options) -> options.maxWait(Duration.ofMillis(300)), (load) -> addCities(load, 1));
		assertThat(this.registry.get("elastic.bulk.requests.active").tag("load", "cities").gauge().value()).isZero();
		assertThat(this.registry.get("elastic.bulk.request").tag("load", "cities").timer().count()).isOne();
	}

	private BulkResult load() {
		return this.loads.load((options) -> options.initialBackoff(Duration.ofMillis(10)), (load) -> addCities(load, 3));
	}

}
