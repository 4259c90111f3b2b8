package io.github.elasticstarter.client;

import io.github.elasticstarter.http.RestartableHttpAsyncClient;

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

	/**
	 * Take charge of a connection pool's lifecycle.
	 * @param httpClient the HTTP client whose pool is closed on stop and opened again on start
	 */
	public ElasticClientLifecycle(RestartableHttpAsyncClient httpClient) {
		this.httpClient = httpClient;
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
	 * The HTTP client whose pool this lifecycle closes and opens.
	 * @return the HTTP client
	 */
	public RestartableHttpAsyncClient httpClient() {
		return this.httpClient;
	}

	@Override
	public int getPhase() {
		return PHASE;
	}

}
