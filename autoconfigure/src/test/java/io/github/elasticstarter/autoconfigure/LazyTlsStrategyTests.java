package io.github.elasticstarter.autoconfigure;

import java.util.concurrent.atomic.AtomicInteger;

import org.apache.hc.core5.http.nio.ssl.TlsStrategy;
import org.apache.hc.core5.net.NamedEndpoint;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.test.util.ReflectionTestUtils;

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

	@Test
	void httpsNodesGetTheirStrategyAtStartUpAndPlainHttpNodesALazyOne() {
		ApplicationContextRunner runner = new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(ElasticAutoConfiguration.class));
		String[] seen = new String[2];
		runner.withPropertyValues("elastic.hosts=http://localhost:9200")
			.withBean(ElasticClientBuilderCustomizer.class, () -> recordTlsStrategy(seen, 0))
			.run((context) -> assertThat(seen[0]).isEqualTo("LazyTlsStrategy"));
		runner.withPropertyValues("elastic.hosts=https://localhost:9200")
			.withBean(ElasticClientBuilderCustomizer.class, () -> recordTlsStrategy(seen, 1))
			.run((context) -> assertThat(seen[1]).isEqualTo("DefaultClientTlsStrategy"));
	}

	private static ElasticClientBuilderCustomizer recordTlsStrategy(String[] recorded, int index) {
		return new PropertiesAppliedTests.Inspector() {
			@Override
			public void customize(org.apache.hc.client5.http.impl.nio.PoolingAsyncClientConnectionManagerBuilder builder) {
				Object strategy = ReflectionTestUtils.getField(builder, "tlsStrategy");
				// Under the reloadable wrapper, which swaps it when the trust is reloaded
				Object current = ReflectionTestUtils.getField(strategy, "current");
				recorded[index] = current.getClass().getSimpleName();
			}
		};
	}

}
