package io.github.elasticstarter.tls;

import java.util.concurrent.atomic.AtomicInteger;

import org.apache.hc.core5.http.nio.ssl.TlsStrategy;
import org.apache.hc.core5.net.NamedEndpoint;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LazyTlsStrategyTests {

	@Test
	void buildsTheStrategyOnFirstUseOnly() {
		AtomicInteger built = new AtomicInteger();
		AtomicInteger upgrades = new AtomicInteger();
		TlsStrategy real = new TlsStrategy() {
			@Override
			@SuppressWarnings("deprecation")
			public boolean upgrade(org.apache.hc.core5.reactor.ssl.TransportSecurityLayer sessionLayer,
					org.apache.hc.core5.http.HttpHost host, java.net.SocketAddress localAddress,
					java.net.SocketAddress remoteAddress, Object attachment, org.apache.hc.core5.util.Timeout timeout) {
				upgrades.incrementAndGet();
				return true;
			}
		};
		LazyTlsStrategy lazy = new LazyTlsStrategy(() -> {
			built.incrementAndGet();
			return real;
		});
		assertThat(built).hasValue(0);
		NamedEndpoint endpoint = new org.apache.hc.core5.http.HttpHost("https", "localhost", 9200);
		lazy.upgrade(null, endpoint, null, null, null);
		lazy.upgrade(null, endpoint, null, null, null);
		assertThat(built).hasValue(1);
		assertThat(upgrades).hasValue(2);
	}

}
