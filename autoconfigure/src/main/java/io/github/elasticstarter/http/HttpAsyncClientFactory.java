package io.github.elasticstarter.http;

import java.util.List;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Supplier;

import co.elastic.clients.transport.rest5_client.low_level.Rest5ClientBuilder;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.DefaultAuthenticationStrategy;
import org.apache.hc.client5.http.impl.async.CloseableHttpAsyncClient;
import org.apache.hc.client5.http.impl.async.HttpAsyncClientBuilder;
import org.apache.hc.client5.http.impl.nio.PoolingAsyncClientConnectionManager;
import org.apache.hc.client5.http.impl.nio.PoolingAsyncClientConnectionManagerBuilder;
import org.apache.hc.core5.http.HttpResponseInterceptor;
import org.apache.hc.core5.util.Timeout;

/**
 * Builds the HTTP client the way {@link Rest5ClientBuilder} does (same defaults but one), then applies
 * the customizers in order. The starter builds it itself, rather than letting the
 * {@code Rest5ClientBuilder} do it, so that it can build it again after a restart.
 */
final class HttpAsyncClientFactory implements Supplier<CloseableHttpAsyncClient> {

	private static final AtomicInteger CLIENTS = new AtomicInteger();

	private final List<ElasticClientBuilderCustomizer> customizers;

	private final Consumer<PoolingAsyncClientConnectionManager> poolObserver;

	private final HttpResponseInterceptor responseObserver;

	/**
	 * Create a factory.
	 * @param customizers the customizers, in order
	 * @param poolObserver told of each connection pool built, the current one after a restart
	 * @param responseObserver sees every response, before the customizers' interceptors
	 */
	HttpAsyncClientFactory(List<ElasticClientBuilderCustomizer> customizers,
			Consumer<PoolingAsyncClientConnectionManager> poolObserver, HttpResponseInterceptor responseObserver) {
		this.customizers = customizers;
		this.poolObserver = poolObserver;
		this.responseObserver = responseObserver;
	}

	@Override
	public CloseableHttpAsyncClient get() {
		// Unlike the Rest5ClientBuilder, no response timeout by default: HttpClient uses a response
		// timeout, when set, instead of the connection's socket timeout, and the builder's 0 means
		// waiting forever for a node that stopped answering.
		RequestConfig.Builder requestConfig = RequestConfig.custom()
			.setConnectionRequestTimeout(Timeout.ofMilliseconds(Rest5ClientBuilder.DEFAULT_SOCKET_TIMEOUT_MILLIS));
		this.customizers.forEach((customizer) -> customizer.customize(requestConfig));
		ConnectionConfig.Builder connectionConfig = ConnectionConfig.custom()
			.setConnectTimeout(Timeout.ofMilliseconds(Rest5ClientBuilder.DEFAULT_CONNECT_TIMEOUT_MILLIS));
		this.customizers.forEach((customizer) -> customizer.customize(connectionConfig));
		PoolingAsyncClientConnectionManagerBuilder connectionManager = PoolingAsyncClientConnectionManagerBuilder
			.create()
			.setMaxConnPerRoute(Rest5ClientBuilder.DEFAULT_MAX_CONN_PER_ROUTE)
			.setMaxConnTotal(Rest5ClientBuilder.DEFAULT_MAX_CONN_TOTAL);
		this.customizers.forEach((customizer) -> customizer.customize(connectionManager));
		connectionManager.setDefaultConnectionConfig(connectionConfig.build());
		PoolingAsyncClientConnectionManager pool = connectionManager.build();
		this.poolObserver.accept(pool);
		HttpAsyncClientBuilder httpClient = HttpAsyncClientBuilder.create()
			.setDefaultRequestConfig(requestConfig.build())
			.setConnectionManager(pool)
			.addResponseInterceptorLast(this.responseObserver)
			.setTargetAuthenticationStrategy(new DefaultAuthenticationStrategy())
			.setThreadFactory(threadFactory());
		this.customizers.forEach((customizer) -> customizer.customize(httpClient));
		return httpClient.build();
	}

	private static ThreadFactory threadFactory() {
		int client = CLIENTS.incrementAndGet();
		AtomicInteger threads = new AtomicInteger();
		return (runnable) -> new Thread(runnable, "elastic-client-" + client + "-io-" + threads.incrementAndGet());
	}

}
