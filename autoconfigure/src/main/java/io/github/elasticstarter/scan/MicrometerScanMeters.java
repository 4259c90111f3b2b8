package io.github.elasticstarter.scan;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;

/**
 * The {@code elastic.scan.*} meters of one scan, tagged with {@code client=<client>} and
 * {@code scan=<name>}: documents and pages taken by the consumer, and points in time (or
 * scrolls) open on the server.
 */
public final class MicrometerScanMeters implements ScanMeters {

	private final Counter documents;

	private final Counter pages;

	private final AtomicInteger open;

	private MicrometerScanMeters(MeterRegistry registry, Tags tags, AtomicInteger open) {
		this.documents = Counter.builder("elastic.scan.documents")
			.description("Documents the consumers of scans took")
			.tags(tags)
			.register(registry);
		this.pages = Counter.builder("elastic.scan.pages")
			.description("Pages the consumers of scans took")
			.tags(tags)
			.register(registry);
		this.open = open;
	}

	/**
	 * A factory that shares the open-contexts gauge of scans with the same name, because a gauge
	 * registered twice keeps reading the first value it was given.
	 * @param registry where the meters are registered
	 * @param client the client's name, the {@code client} tag
	 * @return the factory
	 */
	public static ScanMeters.Factory factory(MeterRegistry registry, String client) {
		Map<String, AtomicInteger> open = new ConcurrentHashMap<>();
		return (scan) -> new MicrometerScanMeters(registry, Tags.of("client", client, "scan", scan),
				open.computeIfAbsent(scan, (name) -> openGauge(registry, client, name)));
	}

	private static AtomicInteger openGauge(MeterRegistry registry, String client, String scan) {
		AtomicInteger open = new AtomicInteger();
		Gauge.builder("elastic.scan.open", open, AtomicInteger::get)
			.description("Points in time (or scrolls) that scans hold open on the server")
			.tags("client", client, "scan", scan)
			.register(registry);
		return open;
	}

	@Override
	public void pageTaken(int documents) {
		this.documents.increment(documents);
		this.pages.increment();
	}

	@Override
	public void contextOpened() {
		this.open.incrementAndGet();
	}

	@Override
	public void contextClosed() {
		this.open.decrementAndGet();
	}

}
