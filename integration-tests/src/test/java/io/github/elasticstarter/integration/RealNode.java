package io.github.elasticstarter.integration;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Set;
import java.util.UUID;

import io.github.elasticstarter.autoconfigure.ElasticAutoConfiguration;
import io.github.elasticstarter.autoconfigure.ElasticClientBuilderCustomizer;
import io.github.elasticstarter.localnode.LocalElasticsearch;
import org.apache.hc.client5.http.DnsResolver;
import org.apache.hc.client5.http.SystemDefaultDnsResolver;
import org.apache.hc.client5.http.impl.nio.PoolingAsyncClientConnectionManagerBuilder;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.ssl.SslAutoConfiguration;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * Application contexts pointed at the shared local nodes.
 */
final class RealNode {

	private RealNode() {
	}

	static ApplicationContextRunner runner() {
		return new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(ElasticAutoConfiguration.class,
				JacksonAutoConfiguration.class, SslAutoConfiguration.class));
	}

	/**
	 * A context on the plain-HTTP node, as its superuser.
	 */
	static ApplicationContextRunner http() {
		LocalElasticsearch node = LocalElasticsearch.http();
		return runner().withPropertyValues("elastic.hosts=" + node.baseUri(), "elastic.username=" + node.superuserName(),
				"elastic.password=" + node.superuserPassword());
	}

	/**
	 * A context on the HTTPS node, as its superuser, trusting nothing yet.
	 */
	static ApplicationContextRunner https() {
		LocalElasticsearch node = LocalElasticsearch.https();
		return runner().withPropertyValues("elastic.hosts=" + node.baseUri(), "elastic.username=" + node.superuserName(),
				"elastic.password=" + node.superuserPassword());
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

}
