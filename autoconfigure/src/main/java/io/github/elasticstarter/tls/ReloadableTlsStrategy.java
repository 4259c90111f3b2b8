package io.github.elasticstarter.tls;

import java.net.SocketAddress;
import java.util.function.Supplier;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.apache.hc.core5.concurrent.FutureCallback;
import org.apache.hc.core5.http.ConnectionReuseStrategy;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.http.nio.ssl.TlsStrategy;
import org.apache.hc.core5.net.NamedEndpoint;
import org.apache.hc.core5.reactor.ssl.TransportSecurityLayer;
import org.apache.hc.core5.util.Timeout;

/**
 * A TLS strategy whose trust can be replaced while the connection pool runs: connections opened
 * after {@link #reload(TlsStrategy)} use the new strategy. {@link #isOlderThanReload(long)} tells
 * connections opened before, so that they are not reused.
 */
public final class ReloadableTlsStrategy implements TlsStrategy {

	private static final Log logger = LogFactory.getLog(ReloadableTlsStrategy.class);

	private volatile TlsStrategy current;

	private volatile long reloadedAtMillis;

	ReloadableTlsStrategy(TlsStrategy initial) {
		this.current = initial;
	}

	/**
	 * Create a reloadable strategy that starts with the one the factory builds.
	 * @param factory builds the first TLS strategy
	 * @param buildNow whether to build it now, so that bad trust material stops start-up, or on
	 * the first TLS handshake, for clients that may never open one
	 * @return the strategy
	 */
	public static ReloadableTlsStrategy of(Supplier<TlsStrategy> factory, boolean buildNow) {
		return new ReloadableTlsStrategy(buildNow ? factory.get() : new LazyTlsStrategy(factory));
	}

	/**
	 * The reuse strategy that retires the connections opened before a reload.
	 * @return the connection reuse strategy for the pool using this TLS strategy
	 */
	public ConnectionReuseStrategy reuseStrategy() {
		return new ReloadedTrustReuseStrategy(this);
	}

	/**
	 * The strategy new connections use now.
	 * @return the current strategy
	 */
	public TlsStrategy current() {
		return this.current;
	}

	/**
	 * Use the given strategy for the connections opened from now on.
	 * @param strategy the new TLS strategy
	 */
	public void reload(TlsStrategy strategy) {
		this.current = strategy;
		// A TLS session can only start after this, so "created before" means "old trust".
		this.reloadedAtMillis = System.currentTimeMillis();
		logger.info("Elasticsearch TLS trust reloaded: new connections use it, and connections opened before are "
				+ "closed after their current request");
	}

	/**
	 * Whether a TLS session created at the given time predates the last reload.
	 * @param sessionCreationMillis the session's creation time, as {@code SSLSession.getCreationTime()}
	 * @return whether the session was negotiated with the trust in place before the last reload
	 */
	public boolean isOlderThanReload(long sessionCreationMillis) {
		return sessionCreationMillis < this.reloadedAtMillis;
	}

	@Override
	@SuppressWarnings("deprecation")
	public boolean upgrade(TransportSecurityLayer sessionLayer, HttpHost host, SocketAddress localAddress,
			SocketAddress remoteAddress, Object attachment, Timeout handshakeTimeout) {
		return this.current.upgrade(sessionLayer, host, localAddress, remoteAddress, attachment, handshakeTimeout);
	}

	@Override
	public void upgrade(TransportSecurityLayer sessionLayer, NamedEndpoint endpoint, Object attachment,
			Timeout handshakeTimeout, FutureCallback<TransportSecurityLayer> callback) {
		this.current.upgrade(sessionLayer, endpoint, attachment, handshakeTimeout, callback);
	}

}
