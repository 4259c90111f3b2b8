package io.github.elasticstarter.bulk;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;

/**
 * The {@code elastic.bulk.*} meters of one load, tagged with {@code client=<client>} and
 * {@code load=<name>}: documents by
 * outcome, retries, bytes, requests in flight and request latency.
 */
public final class MicrometerLoadMeters implements LoadMeters {

	private final Counter succeeded;

	private final Counter failed;

	private final Counter retries;

	private final Counter bytes;

	private final AtomicInteger active;

	private final Timer requests;

	private MicrometerLoadMeters(MeterRegistry registry, Tags tags, AtomicInteger active) {
		this.succeeded = documents(registry, tags, "succeeded");
		this.failed = documents(registry, tags, "failed");
		this.retries = Counter.builder("elastic.bulk.retries")
			.description("Operations sent again after a rejection or a failed request")
			.tags(tags)
			.register(registry);
		this.bytes = Counter.builder("elastic.bulk.bytes")
			.description("Bytes of actions and documents sent")
			.baseUnit("bytes")
			.tags(tags)
			.register(registry);
		this.requests = Timer.builder("elastic.bulk.request")
			.description("Latency of bulk requests")
			.tags(tags)
			.register(registry);
		this.active = active;
	}

	/**
	 * A factory that shares the in-flight gauge of loads with the same name, because a gauge
	 * registered twice keeps reading the first value it was given.
	 * @param registry where the meters are registered
	 * @param client the client's name, the {@code client} tag
	 * @return the factory
	 */
	public static LoadMeters.Factory factory(MeterRegistry registry, String client) {
		Map<String, AtomicInteger> active = new ConcurrentHashMap<>();
		return (load) -> new MicrometerLoadMeters(registry, Tags.of("client", client, "load", load),
				active.computeIfAbsent(load, (name) -> activeGauge(registry, client, name)));
	}

	private static AtomicInteger activeGauge(MeterRegistry registry, String client, String load) {
		AtomicInteger inFlight = new AtomicInteger();
		Gauge.builder("elastic.bulk.requests.active", inFlight, AtomicInteger::get)
			.description("Bulk requests in flight")
			.tags("client", client, "load", load)
			.register(registry);
		return inFlight;
	}

	private static Counter documents(MeterRegistry registry, Tags tags, String outcome) {
		return Counter.builder("elastic.bulk.documents")
			.description("Operations that finally succeeded or failed")
			.tags(tags)
			.tag("outcome", outcome)
			.register(registry);
	}

	@Override
	public void succeeded(long documents) {
		this.succeeded.increment(documents);
	}

	@Override
	public void failed(long documents) {
		this.failed.increment(documents);
	}

	@Override
	public void retried(long documents) {
		this.retries.increment(documents);
	}

	@Override
	public void requestStarted(long bytes) {
		this.bytes.increment(bytes);
		this.active.incrementAndGet();
	}

	@Override
	public void requestFinished(long nanos) {
		this.active.decrementAndGet();
		this.requests.record(nanos, TimeUnit.NANOSECONDS);
	}

}
