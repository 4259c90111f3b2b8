package io.github.elasticstarter.bulk;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.function.Consumer;

import co.elastic.clients.elasticsearch.ElasticsearchAsyncClient;

import org.springframework.scheduling.concurrent.CustomizableThreadFactory;
import org.springframework.util.Assert;

/**
 * Opens bulk loads on a client, with default {@link BulkOptions} (with the starter's client, the
 * {@code elastic.bulk.*} properties):
 *
 * <pre class="code">
 * try (BulkLoad load = elasticBulk.open("cities")) {
 *     cities.forEach((city) -&gt; load.add("cities", city.id(), city));
 *     BulkResult result = load.finish();
 * }
 * </pre>
 *
 * When the application context stops or closes, open loads are finished (within their
 * {@code max-wait}) before the client's connection pool closes, and opening new loads is
 * refused until it starts again.
 */
public class ElasticBulk implements AutoCloseable {

	private final ElasticsearchAsyncClient client;

	private final BulkOptions defaults;

	private final LoadMeters.Factory meters;

	private final ScheduledThreadPoolExecutor worker;

	private final Set<BulkLoad> open = ConcurrentHashMap.newKeySet();

	private volatile boolean running = true;

	/**
	 * Bulk loads on the given client, with the defaults of the {@code elastic.bulk.*} properties.
	 * @param client the client
	 */
	public ElasticBulk(ElasticsearchAsyncClient client) {
		this(client, new BulkOptions(), LoadMeters.Factory.NONE);
	}

	/**
	 * Bulk loads on the given client.
	 * @param client the client
	 * @param defaults the options of every load, unless it overrides them
	 * @param meters the meters of each load
	 * @throws InvalidBulkOptionException when a default is out of range
	 */
	public ElasticBulk(ElasticsearchAsyncClient client, BulkOptions defaults, LoadMeters.Factory meters) {
		this.defaults = new BulkOptions(defaults).validate();
		this.client = client;
		this.meters = meters;
		CustomizableThreadFactory threads = new CustomizableThreadFactory("elastic-bulk-");
		threads.setDaemon(true);
		this.worker = new ScheduledThreadPoolExecutor(1, threads);
		this.worker.setRemoveOnCancelPolicy(true);
	}

	/**
	 * Open a load with the default options.
	 * @param name the name of the load, in its metrics ({@code load} tag) and log lines
	 * @return the open load, to add operations to and finish
	 * @throws IllegalStateException when the application context is stopped
	 */
	public BulkLoad open(String name) {
		return open(name, (options) -> {
		});
	}

	/**
	 * Open a load with some settings overridden, a dead-letter hook, or an expected total.
	 * @param name the name of the load, in its metrics ({@code load} tag) and log lines
	 * @param overrides changes to the default options for this load
	 * @return the open load, to add operations to and finish
	 * @throws InvalidBulkOptionException when an override is out of range
	 * @throws IllegalStateException when the application context is stopped
	 */
	public BulkLoad open(String name, Consumer<BulkOptions> overrides) {
		Assert.hasText(name, "A bulk load needs a name");
		BulkOptions options = new BulkOptions(this.defaults);
		overrides.accept(options);
		options.validate();
		if (!this.running) {
			throw new IllegalStateException("Bulk load '" + name
					+ "' cannot be opened: the application context is stopped or closing");
		}
		BulkLoad load = new BulkLoad(name, options, this.client, this.meters.forLoad(name), this.worker,
				this.open::remove);
		this.open.add(load);
		return load;
	}

	/**
	 * Refuse new loads and finish the open ones, each within its {@code max-wait} from now.
	 */
	void stop() {
		this.running = false;
		long now = System.nanoTime();
		List<BulkLoad> loads = List.copyOf(this.open);
		// all loads drain in parallel while each is waited for in turn
		loads.forEach(BulkLoad::finishing);
		for (BulkLoad load : loads) {
			load.finish("the application context stopped", now + load.maxWaitNanos());
		}
	}

	void start() {
		this.running = true;
	}

	boolean isRunning() {
		return this.running;
	}

	/**
	 * Timers and ticks waiting on the worker: none once every load has ended.
	 */
	int scheduledTasks() {
		return this.worker.getQueue().size();
	}

	/**
	 * Finish the open loads and release the worker thread.
	 */
	@Override
	public void close() {
		stop();
		this.worker.shutdownNow();
	}

}
