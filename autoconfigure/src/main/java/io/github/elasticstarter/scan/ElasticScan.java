package io.github.elasticstarter.scan;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.stream.Stream;

import co.elastic.clients.elasticsearch.ElasticsearchAsyncClient;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import org.jspecify.annotations.Nullable;

import org.springframework.scheduling.concurrent.CustomizableThreadFactory;
import org.springframework.util.Assert;

/**
 * Opens scans on a client, with default {@link ScanOptions} (with the starter's client, the
 * {@code elastic.scan.*} properties): every document that matches a query, read with a point in
 * time and {@code search_after}, in pages read ahead by concurrent slices:
 *
 * <pre class="code">
 * try (Stream&lt;City&gt; cities = elasticScan.documents("cities", null, City.class)) {
 *     cities.forEach(exporter::write);
 * }
 * </pre>
 *
 * Documents are read with the client's JSON mapper; {@code co.elastic.clients.util.BinaryData}
 * as the type keeps each document's JSON as bytes. When the application context stops or
 * closes, open scans are closed (their consumers get a {@link ScanException} with the checkpoints)
 * before the client's connection pool closes, and opening new ones is refused until it starts
 * again.
 */
public class ElasticScan implements AutoCloseable {

	private final ElasticsearchAsyncClient client;

	private final ScanOptions defaults;

	private final ScanMeters.Factory meters;

	private final ScheduledThreadPoolExecutor worker;

	private final Set<DocumentScan<?>> open = ConcurrentHashMap.newKeySet();

	private volatile boolean running = true;

	/**
	 * Scans on the given client, with the defaults of the {@code elastic.scan.*} properties.
	 * @param client the client
	 */
	public ElasticScan(ElasticsearchAsyncClient client) {
		this(client, new ScanOptions(), ScanMeters.Factory.NONE);
	}

	/**
	 * Scans on the given client.
	 * @param client the client
	 * @param defaults the options of every scan, unless it overrides them
	 * @param meters the meters of each scan
	 * @throws InvalidScanOptionException when a default is out of range
	 */
	public ElasticScan(ElasticsearchAsyncClient client, ScanOptions defaults, ScanMeters.Factory meters) {
		this.defaults = new ScanOptions(defaults).validate();
		this.client = client;
		this.meters = meters;
		CustomizableThreadFactory threads = new CustomizableThreadFactory("elastic-scan-");
		threads.setDaemon(true);
		this.worker = new ScheduledThreadPoolExecutor(1, threads);
		this.worker.setRemoveOnCancelPolicy(true);
	}

	/**
	 * The documents of an index (or several: a comma-separated list, wildcards, aliases) that
	 * match a query, with the default options, as a stream to close.
	 * @param <T> the type of the documents
	 * @param index what to read
	 * @param query the query, {@code null} for every document
	 * @param type the class of the documents
	 * @return the documents; closing the stream closes the scan
	 * @throws ScanException when the scan cannot start
	 */
	public <T> Stream<T> documents(String index, @Nullable Query query, Class<T> type) {
		return open(index, query, type, (options) -> {
		}).documents();
	}

	/**
	 * Open a scan with the default options.
	 * @param <T> the type of the documents
	 * @param index what to read
	 * @param query the query, {@code null} for every document
	 * @param type the class of the documents
	 * @return the open scan
	 * @throws ScanException when the scan cannot start
	 */
	public <T> DocumentScan<T> open(String index, @Nullable Query query, Class<T> type) {
		return open(index, query, type, (options) -> {
		});
	}

	/**
	 * Open a scan with some settings overridden, or resumed from checkpoints.
	 * @param <T> the type of the documents
	 * @param index what to read
	 * @param query the query, {@code null} for every document
	 * @param type the class of the documents
	 * @param overrides changes to the default options for this scan
	 * @return the open scan, named in metrics and log lines after the index unless the options name it
	 * @throws InvalidScanOptionException when an override is out of range
	 * @throws ScanException when the scan cannot start: the point in time (or the first
	 * scroll) could not be opened, or the application context is stopped
	 */
	public <T> DocumentScan<T> open(String index, @Nullable Query query, Class<T> type,
			Consumer<ScanOptions> overrides) {
		Assert.hasText(index, "A scan needs an index");
		ScanOptions options = new ScanOptions(this.defaults);
		overrides.accept(options);
		options.validate();
		String name = (options.getName() != null) ? options.getName() : index;
		if (!this.running) {
			throw new ScanException("Scan '" + name + "' cannot be opened: the application context is stopped or "
					+ "closing", List.of());
		}
		PageSource<T> source = openSource(name, index, query, type, options);
		ScanMeters scanMeters = this.meters.forScan(name);
		scanMeters.contextOpened();
		DocumentScan<T> scan = new DocumentScan<>(name, options, source, scanMeters, this.open::remove);
		this.open.add(scan);
		if (!this.running) {
			scan.close("the application context stopped");
			throw new ScanException("Scan '" + name + "' cannot be opened: the application context is stopped",
					List.of());
		}
		scan.start(this.worker);
		return scan;
	}

	private <T> PageSource<T> openSource(String name, String index, @Nullable Query query, Class<T> type,
			ScanOptions options) {
		try {
			return PageSources.open(name, this.client, index, query, type, options)
				.get(options.getMaxWait().toNanos(), TimeUnit.NANOSECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new ScanException("Scan '" + name + "' was interrupted while opening", List.of(), ex);
		}
		catch (ExecutionException | TimeoutException ex) {
			Throwable cause = PageSources.unwrap(ex);
			throw new ScanException("Scan '" + name + "' could not open a point in time on '" + index + "': "
					+ cause.getMessage(), List.of(), cause);
		}
	}

	/**
	 * Refuse new scans and close the open ones.
	 */
	void stop() {
		this.running = false;
		List.copyOf(this.open).forEach((scan) -> scan.close("the application context stopped"));
	}

	void start() {
		this.running = true;
	}

	boolean isRunning() {
		return this.running;
	}

	/**
	 * How many scans are open.
	 * @return the open scans
	 */
	public int openScans() {
		return this.open.size();
	}

	/**
	 * Close the open scans and release the worker thread.
	 */
	@Override
	public void close() {
		stop();
		this.worker.shutdownNow();
	}

}
