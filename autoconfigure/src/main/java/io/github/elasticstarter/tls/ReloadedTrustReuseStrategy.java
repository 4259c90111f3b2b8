package io.github.elasticstarter.tls;

import javax.net.ssl.SSLSession;

import org.apache.hc.client5.http.impl.DefaultClientConnectionReuseStrategy;
import org.apache.hc.core5.http.ConnectionReuseStrategy;
import org.apache.hc.core5.http.HttpRequest;
import org.apache.hc.core5.http.HttpResponse;
import org.apache.hc.core5.http.protocol.HttpContext;
import org.apache.hc.core5.http.protocol.HttpCoreContext;

/**
 * Keeps a connection for reuse as HTTP says, unless its TLS session was negotiated before the
 * trust was last reloaded: such a connection is closed once its current request is done, so
 * that the pool moves to the new trust as connections fall idle, without failing a request.
 */
final class ReloadedTrustReuseStrategy implements ConnectionReuseStrategy {

	private final ReloadableTlsStrategy tlsStrategy;

	/**
	 * Create a reuse strategy for the connections of the given TLS strategy.
	 * @param tlsStrategy the TLS strategy whose reloads retire connections
	 */
	ReloadedTrustReuseStrategy(ReloadableTlsStrategy tlsStrategy) {
		this.tlsStrategy = tlsStrategy;
	}

	@Override
	public boolean keepAlive(HttpRequest request, HttpResponse response, HttpContext context) {
		if (!DefaultClientConnectionReuseStrategy.INSTANCE.keepAlive(request, response, context)) {
			return false;
		}
		SSLSession session = HttpCoreContext.cast(context).getSSLSession();
		return session == null || !this.tlsStrategy.isOlderThanReload(session.getCreationTime());
	}

}
