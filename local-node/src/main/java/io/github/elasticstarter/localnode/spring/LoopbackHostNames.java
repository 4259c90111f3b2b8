package io.github.elasticstarter.localnode.spring;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Set;

import io.github.elasticstarter.http.ElasticClientBuilderCustomizer;
import org.apache.hc.client5.http.DnsResolver;
import org.apache.hc.client5.http.SystemDefaultDnsResolver;
import org.apache.hc.client5.http.impl.nio.PoolingAsyncClientConnectionManagerBuilder;

/**
 * Host names that the starter's client resolves to 127.0.0.1, as an {@code /etc/hosts} entry
 * would, so that a local node can be reached under another name (a Cloud ID's
 * {@code <es-id>.localhost}, say) with TLS checking that name rather than the address.
 */
public final class LoopbackHostNames {

	private LoopbackHostNames() {
	}

	/**
	 * A customizer, to declare as a bean, that resolves the given host names to the loopback
	 * address and every other one as usual.
	 * @param hostNames the names to resolve to 127.0.0.1
	 * @return the customizer
	 */
	public static ElasticClientBuilderCustomizer customizer(String... hostNames) {
		Set<String> names = Set.of(hostNames);
		DnsResolver resolver = new DnsResolver() {
			@Override
			public InetAddress[] resolve(String host) throws UnknownHostException {
				return names.contains(host) ? new InetAddress[] { InetAddress.getLoopbackAddress() }
						: SystemDefaultDnsResolver.INSTANCE.resolve(host);
			}

			@Override
			public String resolveCanonicalHostname(String host) {
				return host;
			}
		};
		return new ElasticClientBuilderCustomizer() {
			@Override
			public void customize(PoolingAsyncClientConnectionManagerBuilder builder) {
				builder.setDnsResolver(resolver);
			}
		};
	}

}
