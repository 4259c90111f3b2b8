package io.github.elasticstarter.tls;

import java.net.SocketAddress;
import java.util.function.Supplier;

import org.apache.hc.core5.concurrent.FutureCallback;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.http.nio.ssl.TlsStrategy;
import org.apache.hc.core5.net.NamedEndpoint;
import org.apache.hc.core5.reactor.ssl.TransportSecurityLayer;
import org.apache.hc.core5.util.Timeout;

/**
 * Builds the real TLS strategy on the first TLS connection, for clients of plain-HTTP nodes:
 * initialising a TLS context and the host name verifier's public suffix list costs start-up
 * time that such a client never needs back.
 */
public final class LazyTlsStrategy implements TlsStrategy {

	private final Supplier<TlsStrategy> factory;

	private volatile TlsStrategy strategy;

	/**
	 * A strategy that builds the real one on the first TLS connection, not before.
	 * @param factory builds the real TLS strategy, called once
	 */
	public LazyTlsStrategy(Supplier<TlsStrategy> factory) {
		this.factory = factory;
	}

	@Override
	@SuppressWarnings("deprecation")
	public boolean upgrade(TransportSecurityLayer sessionLayer, HttpHost host, SocketAddress localAddress,
			SocketAddress remoteAddress, Object attachment, Timeout handshakeTimeout) {
		return strategy().upgrade(sessionLayer, host, localAddress, remoteAddress, attachment, handshakeTimeout);
	}

	@Override
	public void upgrade(TransportSecurityLayer sessionLayer, NamedEndpoint endpoint, Object attachment,
			Timeout handshakeTimeout, FutureCallback<TransportSecurityLayer> callback) {
		strategy().upgrade(sessionLayer, endpoint, attachment, handshakeTimeout, callback);
	}

	private TlsStrategy strategy() {
		TlsStrategy current = this.strategy;
		if (current == null) {
			synchronized (this) {
				current = this.strategy;
				if (current == null) {
					current = this.factory.get();
					this.strategy = current;
				}
			}
		}
		return current;
	}

}
