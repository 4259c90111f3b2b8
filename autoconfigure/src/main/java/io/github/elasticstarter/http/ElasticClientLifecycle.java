package io.github.elasticstarter.http;

import java.util.List;
import java.util.function.Consumer;

import org.apache.hc.client5.http.impl.async.CloseableHttpAsyncClient;
import org.apache.hc.client5.http.impl.nio.PoolingAsyncClientConnectionManager;
import org.apache.hc.core5.http.HttpResponseInterceptor;

import org.springframework.context.ApplicationListener;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.ContextClosedEvent;

/**
 * Takes the client's connection pool through the application context's lifecycle: stopping the
 * context (as checkpoint/restore does before a checkpoint) closes the pool and its I/O threads,
 * starting it again opens a fresh pool under the same client beans. When the context closes,
 * stopping does nothing, so that beans can still use the client while they are destroyed; the
 * {@code Rest5Client} bean closes the pool last.
 */
public class ElasticClientLifecycle implements SmartLifecycle, ApplicationListener<ContextClosedEvent> {

	/**
	 * Started before and stopped after the web server (whose phases are just below
	 * {@link SmartLifecycle#DEFAULT_PHASE}), so that requests in flight can finish.
	 */
	public static final int PHASE = SmartLifecycle.DEFAULT_PHASE - 4096;

	private final RestartableHttpAsyncClient httpClient;

	private volatile boolean closing;

	ElasticClientLifecycle(RestartableHttpAsyncClient httpClient) {
		this.httpClient = httpClient;
	}

	/**
	 * The life cycle of a client's HTTP client, built (again after each restart) the way the
	 * {@code Rest5ClientBuilder} builds it, then customized in order.
	 * @param customizers the customizers, in order
	 * @param poolObserver told of each connection pool built, the current one after a restart
	 * @param responseObserver sees every response, before the customizers' interceptors
	 * @return the life cycle, not started
	 */
	public static ElasticClientLifecycle of(List<ElasticClientBuilderCustomizer> customizers,
			Consumer<PoolingAsyncClientConnectionManager> poolObserver, HttpResponseInterceptor responseObserver) {
		return new ElasticClientLifecycle(new RestartableHttpAsyncClient(
				new HttpAsyncClientFactory(customizers, poolObserver, responseObserver)));
	}

	@Override
	public void onApplicationEvent(ContextClosedEvent event) {
		this.closing = true;
	}

	@Override
	public void start() {
		this.httpClient.start();
	}

	@Override
	public void stop() {
		if (!this.closing) {
			this.httpClient.pause();
		}
	}

	@Override
	public boolean isRunning() {
		return !this.closing && this.httpClient.isRunning();
	}

	/**
	 * The HTTP client to give the {@code Rest5ClientBuilder}: the same object across restarts.
	 * @return the HTTP client
	 */
	public CloseableHttpAsyncClient httpClient() {
		return this.httpClient;
	}

	@Override
	public int getPhase() {
		return PHASE;
	}

}
