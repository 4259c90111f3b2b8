package io.github.elasticstarter.autoconfigure;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import co.elastic.clients.transport.rest5_client.low_level.NodeSelector;
import co.elastic.clients.transport.rest5_client.low_level.Rest5ClientBuilder;
import io.github.elasticstarter.credentials.AuthorizationExecHandler;
import io.github.elasticstarter.credentials.ElasticCredentialsProvider;
import io.github.elasticstarter.curl.CurlLogExecHandler;
import io.github.elasticstarter.http.ConnectionFailureExplainer;
import io.github.elasticstarter.http.ElasticClientBuilderCustomizer;
import io.github.elasticstarter.http.ElasticRetryStrategy;
import io.github.elasticstarter.http.RequestBodyCoalescer;
import io.github.elasticstarter.insight.ConnectionRecorder;
import io.github.elasticstarter.tls.ElasticTlsStrategy;
import io.github.elasticstarter.tls.ReloadableTlsStrategy;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.async.HttpAsyncClientBuilder;
import org.apache.hc.client5.http.impl.nio.PoolingAsyncClientConnectionManagerBuilder;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.http.message.BasicHeader;
import org.apache.hc.core5.http.nio.ssl.TlsStrategy;
import org.apache.hc.core5.reactor.IOReactorConfig;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.ssl.SslBundle;
import org.springframework.core.Ordered;

/**
 * Applies the {@code elastic.*} properties and connection details to the builders. Order 0, so
 * that application customizers run after it.
 */
class PropertiesClientBuilderCustomizer implements ElasticClientBuilderCustomizer, Ordered {

	private final ElasticProperties properties;

	private final ElasticConnectionDetails connectionDetails;

	private final ElasticCredentialsProvider credentialsProvider;

	private final ConnectionRecorder recorder;

	private final ReloadableTlsStrategy tlsStrategy;

	PropertiesClientBuilderCustomizer(ElasticProperties properties, ElasticConnectionDetails connectionDetails,
			ElasticCredentialsProvider credentialsProvider, ConnectionRecorder recorder) {
		this.properties = properties;
		this.connectionDetails = connectionDetails;
		this.credentialsProvider = credentialsProvider;
		this.recorder = recorder;
		Supplier<TlsStrategy> tls = () -> ElasticTlsStrategy.create(connectionDetails.getSslBundle(),
				connectionDetails.getCaFingerprint(), properties.getSsl().getVerificationMode(),
				recorder.presentedChains());
		// With HTTPS nodes, build it now, so that bad trust material stops start-up.
		boolean https = connectionDetails.getNodes().stream().anyMatch((node) -> "https".equals(node.getScheme()));
		this.tlsStrategy = ReloadableTlsStrategy.of(tls, https);
	}

	/**
	 * Trust the given bundle or CA fingerprint from the next connection on, as after an SSL
	 * bundle reload or a property refresh.
	 */
	void reloadTrust(@Nullable SslBundle bundle, @Nullable String caFingerprint) {
		this.tlsStrategy
			.reload(ElasticTlsStrategy.create(bundle, caFingerprint, this.properties.getSsl().getVerificationMode(),
					this.recorder.presentedChains()));
	}

	@Override
	public void customize(Rest5ClientBuilder builder) {
		builder.setDefaultHeaders(defaultHeaders());
		builder.setCompressionEnabled(compression());
		builder.setMetaHeaderEnabled(this.properties.isMetaHeader());
		builder.setNodeSelector((this.properties.getNodeSelector() == ElasticProperties.NodeSelection.ANY) ? NodeSelector.ANY
				: NodeSelector.SKIP_DEDICATED_MASTERS);
		String pathPrefix = this.connectionDetails.getPathPrefix();
		if (pathPrefix != null && !pathPrefix.isBlank()) {
			builder.setPathPrefix(pathPrefix);
		}
	}

	@Override
	public void customize(HttpAsyncClientBuilder builder) {
		builder.setIOReactorConfig(ioReactorConfig());
		builder.addExecInterceptorFirst(RequestBodyCoalescer.NAME, new RequestBodyCoalescer());
		builder.addExecInterceptorFirst(AuthorizationExecHandler.NAME,
				new AuthorizationExecHandler(this.credentialsProvider));
		builder.addExecInterceptorAfter(AuthorizationExecHandler.NAME, CurlLogExecHandler.NAME,
				new CurlLogExecHandler(this.credentialsProvider, this.properties.getCurlLog().getMaxBodySize()));
		builder.addExecInterceptorFirst(ConnectionFailureExplainer.NAME, new ConnectionFailureExplainer());
		builder.setConnectionReuseStrategy(this.tlsStrategy.reuseStrategy());
		builder.evictIdleConnections(idleConnectionTimeout());
		ElasticProperties.Retry retry = this.properties.getRetry();
		if (retry.getMaxRetries() == 0) {
			builder.disableAutomaticRetries();
		}
		else {
			builder.setRetryStrategy(new ElasticRetryStrategy(retry.getMaxRetries(), retry.getOnStatus(),
					retry.getInitialBackoff(), retry.getMaxBackoff()));
		}
		URI proxy = this.properties.getProxy();
		if (proxy != null) {
			builder.setProxy(new HttpHost(proxy.getScheme(), proxy.getHost(), proxy.getPort()));
		}
	}

	@Override
	public void customize(PoolingAsyncClientConnectionManagerBuilder builder) {
		builder.setMaxConnTotal(this.properties.getPool().getMaxConnections());
		builder.setMaxConnPerRoute(this.properties.getPool().getMaxConnectionsPerRoute());
		builder.setTlsStrategy(this.tlsStrategy);
	}

	@Override
	public void customize(ConnectionConfig.Builder builder) {
		builder.setConnectTimeout(timeout(this.properties.getConnectTimeout()));
		builder.setSocketTimeout(timeout(this.properties.getSocketTimeout()));
		builder.setValidateAfterInactivity(
				TimeValue.ofMilliseconds(this.properties.getPool().getValidateAfterInactivity().toMillis()));
	}

	@Override
	public void customize(RequestConfig.Builder builder) {
		builder.setConnectionRequestTimeout(timeout(this.properties.getConnectionRequestTimeout()));
		if (this.properties.getResponseTimeout() != null) {
			builder.setResponseTimeout(timeout(this.properties.getResponseTimeout()));
		}
	}

	@Override
	public int getOrder() {
		return 0;
	}

	// The values below are what the builders get; HttpClient's builders have no getters, so the
	// tests read them here instead of reflecting on the builders' private fields.

	IOReactorConfig ioReactorConfig() {
		return IOReactorConfig.custom().setSoKeepAlive(this.properties.isTcpKeepAlive()).build();
	}

	TimeValue idleConnectionTimeout() {
		return TimeValue.ofMilliseconds(this.properties.getPool().getIdleTimeout().toMillis());
	}

	/** The TLS strategy in effect now, under the wrapper that swaps it when the trust is reloaded. */
	TlsStrategy tlsStrategy() {
		return this.tlsStrategy.current();
	}

	boolean compression() {
		Boolean compression = this.properties.getCompression();
		return (compression != null) ? compression : this.connectionDetails.isElasticCloud();
	}

	private Header[] defaultHeaders() {
		List<Header> headers = new ArrayList<>();
		this.properties.getHeaders().forEach((name, value) -> headers.add(new BasicHeader(name, value)));
		if (this.properties.getOpaqueId() != null) {
			headers.add(new BasicHeader("X-Opaque-Id", this.properties.getOpaqueId()));
		}
		// No Authorization header here: the AuthorizationExecHandler sets it per request.
		return headers.toArray(Header[]::new);
	}

	private static Timeout timeout(java.time.Duration duration) {
		return Timeout.ofMilliseconds(duration.toMillis());
	}

}
