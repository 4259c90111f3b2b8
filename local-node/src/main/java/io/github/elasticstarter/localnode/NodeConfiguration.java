package io.github.elasticstarter.localnode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The {@code elasticsearch.yml} of one node: single node on loopback, security on (HTTPS optional), nothing that
 * downloads or needs modules this distribution lacks, and disk watermarks off so that tests never go read-only.
 */
final class NodeConfiguration {

	static final String CLUSTER_NAME = "elastic-local-node";

	private NodeConfiguration() {
	}

	/** Writes {@code elasticsearch.yml} into {@code run.config()}. */
	static void write(NodeRun run, int httpPort, int transportPort, boolean secure) throws IOException {
		StringBuilder yaml = new StringBuilder()
			.append("cluster.name: ").append(CLUSTER_NAME).append('\n')
			.append("node.name: local-node\n")
			.append("path.data: ").append(quoted(run.data())).append('\n')
			.append("path.logs: ").append(quoted(run.logs())).append('\n')
			.append("network.host: 127.0.0.1\n")
			.append("http.port: ").append(httpPort).append('\n')
			.append("transport.port: ").append(transportPort).append('\n')
			.append("discovery.type: single-node\n")
			.append("cluster.routing.allocation.disk.threshold_enabled: false\n")
			.append("xpack.ml.enabled: false\n")
			// file-backed service tokens and users are picked up within a second
			.append("resource.reload.interval.high: 1s\n")
			.append("xpack.security.enabled: true\n")
			.append("xpack.security.http.ssl.enabled: ").append(secure).append('\n');
		if (secure) {
			yaml.append("xpack.security.http.ssl.certificate: certs/node.crt\n")
				.append("xpack.security.http.ssl.key: certs/node.key\n")
				.append("xpack.security.http.ssl.certificate_authorities: [ \"certs/ca.crt\" ]\n");
		}
		Files.writeString(run.config().resolve("elasticsearch.yml"), yaml);
	}

	private static String quoted(Path path) {
		return "\"" + path.toAbsolutePath().toString().replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
	}
}
