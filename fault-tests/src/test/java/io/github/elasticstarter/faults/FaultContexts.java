package io.github.elasticstarter.faults;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;

import io.github.elasticstarter.autoconfigure.ElasticAutoConfiguration;
import io.github.elasticstarter.autoconfigure.ElasticClientBuilderCustomizer;
import io.github.elasticstarter.autoconfigure.health.ElasticHealthContributorAutoConfiguration;
import io.github.elasticstarter.localnode.LocalElasticsearch;
import org.apache.hc.client5.http.DnsResolver;
import org.apache.hc.client5.http.SystemDefaultDnsResolver;
import org.apache.hc.client5.http.impl.nio.PoolingAsyncClientConnectionManagerBuilder;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.ssl.SslAutoConfiguration;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * Application contexts with the starter (and its health indicator) for the fault tests, and
 * the small tools they share.
 */
final class FaultContexts {

	private FaultContexts() {
	}

	/** The starter, Jackson, SSL bundles and the health indicator; no connection configured. */
	static ApplicationContextRunner runner() {
		return new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(ElasticAutoConfiguration.class,
				JacksonAutoConfiguration.class, SslAutoConfiguration.class,
				ElasticHealthContributorAutoConfiguration.class));
	}

	/** A context connected to {@code hosts} as the superuser of {@code node}'s installation. */
	static ApplicationContextRunner connectedTo(String hosts, LocalElasticsearch node) {
		UsedSecrets.register(node.superuserPassword());
		UsedSecrets.register(java.util.Base64.getEncoder()
			.encodeToString((node.superuserName() + ":" + node.superuserPassword()).getBytes(
					java.nio.charset.StandardCharsets.UTF_8)));
		return runner().withPropertyValues("elastic.hosts=" + hosts, "elastic.username=" + node.superuserName(),
				"elastic.password=" + node.superuserPassword());
	}

	/** The starter with short timeouts, so that a fault shows within a few seconds. */
	static ApplicationContextRunner withShortTimeouts(ApplicationContextRunner runner) {
		return runner.withPropertyValues("elastic.connect-timeout=1s", "elastic.socket-timeout=1s",
				"elastic.connection-request-timeout=2s", "management.health.elastic.timeout=3s");
	}

	/**
	 * A customizer that resolves the given host names to 127.0.0.1, as an {@code /etc/hosts}
	 * entry would, so that TLS sees the name and not the address.
	 */
	static ElasticClientBuilderCustomizer resolvingToLoopback(String... hostNames) {
		Set<String> names = Set.of(hostNames);
		return new ElasticClientBuilderCustomizer() {
			@Override
			public void customize(PoolingAsyncClientConnectionManagerBuilder builder) {
				builder.setDnsResolver(new DnsResolver() {
					@Override
					public InetAddress[] resolve(String host) throws UnknownHostException {
						return names.contains(host) ? new InetAddress[] { InetAddress.getLoopbackAddress() }
								: SystemDefaultDnsResolver.INSTANCE.resolve(host);
					}

					@Override
					public String resolveCanonicalHostname(String host) {
						return host;
					}
				});
			}
		};
	}

	static String uniqueIndex(String prefix) {
		return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
	}

	/** Milliseconds since {@code startNanos}. */
	static long millisSince(long startNanos) {
		return Duration.ofNanos(System.nanoTime() - startNanos).toMillis();
	}

}
