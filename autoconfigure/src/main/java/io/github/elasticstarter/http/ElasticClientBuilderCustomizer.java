package io.github.elasticstarter.http;

import co.elastic.clients.transport.rest5_client.low_level.Rest5ClientBuilder;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.async.HttpAsyncClientBuilder;
import org.apache.hc.client5.http.impl.nio.PoolingAsyncClientConnectionManagerBuilder;

/**
 * Adjusts the {@code Rest5Client} the starter builds, after the {@code elastic.*} properties
 * have been applied. Beans of this type are applied in {@link org.springframework.core.Ordered
 * order}; the starter's own one has order 0, so a customizer with a higher order (or none)
 * overrides what the properties set. Each method changes one builder and leaves the others
 * alone.
 */
public interface ElasticClientBuilderCustomizer {

	/**
	 * Customize the {@link Rest5ClientBuilder}: headers, node selector, failure listener, path
	 * prefix, compression. The starter builds the HTTP client itself (so that it can be
	 * restarted), so the builder's HTTP client settings ({@code setSSLContext},
	 * {@code setProxy}, the callbacks, {@code setHttpClient}) have no effect here: use the
	 * other methods of this interface instead.
	 * @param builder the builder
	 */
	default void customize(Rest5ClientBuilder builder) {
	}

	/**
	 * Customize the HTTP client: retries, proxy, interceptors, I/O reactor.
	 * @param builder the builder
	 */
	default void customize(HttpAsyncClientBuilder builder) {
	}

	/**
	 * Customize the connection manager: pool sizes, TLS, DNS resolution.
	 * @param builder the builder
	 */
	default void customize(PoolingAsyncClientConnectionManagerBuilder builder) {
	}

	/**
	 * Customize the configuration of each connection: connect and socket timeouts.
	 * @param builder the builder
	 */
	default void customize(ConnectionConfig.Builder builder) {
	}

	/**
	 * Customize the configuration of each request: response and pool-wait timeouts.
	 * @param builder the builder
	 */
	default void customize(RequestConfig.Builder builder) {
	}

}
