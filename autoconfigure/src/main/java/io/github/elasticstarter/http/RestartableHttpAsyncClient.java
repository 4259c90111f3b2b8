package io.github.elasticstarter.http;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import java.util.function.Supplier;

import org.apache.hc.client5.http.impl.async.CloseableHttpAsyncClient;
import org.apache.hc.core5.concurrent.FutureCallback;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.http.nio.AsyncPushConsumer;
import org.apache.hc.core5.http.nio.AsyncRequestProducer;
import org.apache.hc.core5.http.nio.AsyncResponseConsumer;
import org.apache.hc.core5.http.nio.HandlerFactory;
import org.apache.hc.core5.http.protocol.HttpContext;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.reactor.IOReactorStatus;
import org.apache.hc.core5.util.TimeValue;

/**
 * The HTTP client under the {@code Rest5Client}, made restartable: a closed Apache I/O reactor
 * cannot start again, so {@link #pause()} closes the current client (its pool, sockets and I/O
 * threads) and {@link #start()} builds a fresh one. Everything above it (the
 * {@code Rest5Client}, the transport, the Elasticsearch clients) keeps the same objects, which
 * is what checkpoint/restore (CRaC, AWS Lambda SnapStart) needs. It also hands each caller its
 * answer only once the connection is back in the pool ({@link ResultAfterReleaseConsumer}).
 */
class RestartableHttpAsyncClient extends CloseableHttpAsyncClient {

	private final Supplier<CloseableHttpAsyncClient> factory;

	private volatile CloseableHttpAsyncClient current;

	RestartableHttpAsyncClient(Supplier<CloseableHttpAsyncClient> factory) {
		this.factory = factory;
	}

	@Override
	public synchronized void start() {
		if (this.current == null) {
			this.current = this.factory.get();
		}
		this.current.start();
	}

	/**
	 * Close the current HTTP client; the next {@link #start()} builds a new one.
	 */
	synchronized void pause() {
		if (this.current != null) {
			this.current.close(CloseMode.GRACEFUL);
			this.current = null;
		}
	}

	/**
	 * Whether a client has been started and not paused since; its I/O reactor may still be
	 * starting.
	 * @return {@code true} between {@link #start()} and {@link #pause()}
	 */
	boolean isRunning() {
		return this.current != null;
	}

	@Override
	public IOReactorStatus getStatus() {
		CloseableHttpAsyncClient client = this.current;
		return (client != null) ? client.getStatus() : IOReactorStatus.SHUT_DOWN;
	}

	@Override
	public void awaitShutdown(TimeValue waitTime) throws InterruptedException {
		CloseableHttpAsyncClient client = this.current;
		if (client != null) {
			client.awaitShutdown(waitTime);
		}
	}

	@Override
	public void initiateShutdown() {
		CloseableHttpAsyncClient client = this.current;
		if (client != null) {
			client.initiateShutdown();
		}
	}

	@Override
	protected <T> Future<T> doExecute(HttpHost target, AsyncRequestProducer requestProducer,
			AsyncResponseConsumer<T> responseConsumer, HandlerFactory<AsyncPushConsumer> pushHandlerFactory,
			HttpContext context, FutureCallback<T> callback) {
		CloseableHttpAsyncClient client = this.current;
		if (client == null) {
			IllegalStateException stopped = new IllegalStateException("The Elasticsearch client is stopped: the "
					+ "application context was stopped (for a checkpoint, for example); it resumes when the context "
					+ "starts again");
			if (callback != null) {
				callback.failed(stopped);
			}
			return CompletableFuture.failedFuture(stopped);
		}
		// The caller gets its answer once the connection is back in the pool: HttpClient would
		// otherwise complete it first, and a request sent at once (one thread sending one request
		// after the other, or the next request sent from the completion of the one before) would
		// find that connection still leased and open another.
		return client.execute(target, requestProducer, new ResultAfterReleaseConsumer<>(responseConsumer),
				pushHandlerFactory, context, callback);
	}

	@Override
	public void register(String hostname, String uriPattern,
			org.apache.hc.core5.function.Supplier<AsyncPushConsumer> supplier) {
		throw new UnsupportedOperationException("Elasticsearch does not push");
	}

	@Override
	public void close(CloseMode closeMode) {
		pause();
	}

	@Override
	public void close() {
		pause();
	}

}
