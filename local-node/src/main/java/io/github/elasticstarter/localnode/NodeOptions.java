package io.github.elasticstarter.localnode;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * What a {@link LocalElasticsearchBuilder} asks for: HTTP or HTTPS, extra {@code elasticsearch.yml} settings, an
 * optional HTTPS certificate of the caller's own, and the start-up timeout.
 *
 * @param https whether the node serves HTTPS
 * @param settings extra settings, written verbatim as {@code key: value} lines after the defaults
 * @param httpCertificate PEM certificate (chain) the node serves over HTTPS instead of the generated one, or null
 * @param httpKey PEM private key (unencrypted PKCS#8 or PKCS#1) of {@code httpCertificate}, or null
 * @param startupTimeout how long to wait for a healthy node
 */
record NodeOptions(boolean https, Map<String, String> settings, Path httpCertificate, Path httpKey,
		Duration startupTimeout) {

	NodeOptions {
		settings = Map.copyOf(settings);
	}

	boolean customCertificate() {
		return httpCertificate != null;
	}

	/**
	 * Where one node stands in a multi-node cluster on loopback.
	 *
	 * @param nodeName this node's {@code node.name}
	 * @param transportPorts the transport ports of every member, for {@code discovery.seed_hosts}
	 * @param nodeNames every member's name, for {@code cluster.initial_master_nodes}
	 */
	record Membership(String nodeName, List<Integer> transportPorts, List<String> nodeNames) {

		/** The membership of a node that forms a cluster on its own ({@code discovery.type: single-node}). */
		static final Membership SINGLE = new Membership("local-node", List.of(), List.of());

		boolean single() {
			return nodeNames.isEmpty();
		}
	}
}
