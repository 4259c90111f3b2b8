package io.github.elasticstarter.localnode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The {@code elasticsearch.yml} of one node: on loopback, a single-node cluster or a member of a loopback cluster
 * (transport TLS with the generated node certificate, which security requires once nodes talk to each other),
 * security on (HTTPS optional, with the generated or the caller's certificate), nothing that downloads or needs
 * modules this distribution lacks, disk watermarks off so that tests never go read-only. The caller's settings come
 * last and replace defaults of the same key.
 */
final class NodeConfiguration {

	static final String CLUSTER_NAME = "elastic-local-node";

	static final String CUSTOM_HTTP_CERTIFICATE = "certs/custom-http.crt";

	static final String CUSTOM_HTTP_KEY = "certs/custom-http.key";

	private NodeConfiguration() {
	}

	/** Writes {@code elasticsearch.yml} into {@code run.config()}, copying a custom certificate next to it. */
	static void write(NodeRun run, int httpPort, int transportPort, NodeOptions options,
			NodeOptions.Membership membership) throws IOException {
		Map<String, String> yaml = new LinkedHashMap<>();
		yaml.put("cluster.name", CLUSTER_NAME);
		yaml.put("node.name", membership.nodeName());
		yaml.put("path.data", quoted(run.data().toString()));
		yaml.put("path.logs", quoted(run.logs().toString()));
		yaml.put("network.host", "127.0.0.1");
		yaml.put("http.port", Integer.toString(httpPort));
		yaml.put("transport.port", Integer.toString(transportPort));
		if (membership.single()) {
			yaml.put("discovery.type", "single-node");
		}
		else {
			yaml.put("discovery.seed_hosts", list(membership.transportPorts().stream().map((port) -> "127.0.0.1:" + port)
				.collect(Collectors.toList())));
			yaml.put("cluster.initial_master_nodes", list(membership.nodeNames()));
			yaml.put("xpack.security.transport.ssl.enabled", "true");
			yaml.put("xpack.security.transport.ssl.verification_mode", "certificate");
			yaml.put("xpack.security.transport.ssl.certificate", "certs/node.crt");
			yaml.put("xpack.security.transport.ssl.key", "certs/node.key");
			yaml.put("xpack.security.transport.ssl.certificate_authorities", list(List.of("certs/ca.crt")));
		}
		yaml.put("cluster.routing.allocation.disk.threshold_enabled", "false");
		yaml.put("xpack.ml.enabled", "false");
		// file-backed service tokens and users are picked up within a second
		yaml.put("resource.reload.interval.high", "1s");
		yaml.put("xpack.security.enabled", "true");
		yaml.put("xpack.security.http.ssl.enabled", Boolean.toString(options.https()));
		if (options.https() && options.customCertificate()) {
			Files.copy(options.httpCertificate(), run.config().resolve(CUSTOM_HTTP_CERTIFICATE));
			Files.copy(options.httpKey(), run.config().resolve(CUSTOM_HTTP_KEY));
			yaml.put("xpack.security.http.ssl.certificate", CUSTOM_HTTP_CERTIFICATE);
			yaml.put("xpack.security.http.ssl.key", CUSTOM_HTTP_KEY);
		}
		else if (options.https()) {
			yaml.put("xpack.security.http.ssl.certificate", "certs/node.crt");
			yaml.put("xpack.security.http.ssl.key", "certs/node.key");
			yaml.put("xpack.security.http.ssl.certificate_authorities", list(List.of("certs/ca.crt")));
		}
		yaml.putAll(options.settings());
		StringBuilder text = new StringBuilder();
		yaml.forEach((key, value) -> text.append(key).append(": ").append(value).append('\n'));
		Files.writeString(run.config().resolve("elasticsearch.yml"), text);
	}

	private static String list(List<String> values) {
		return values.stream().map(NodeConfiguration::quoted).collect(Collectors.joining(", ", "[ ", " ]"));
	}

	private static String quoted(String value) {
		return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
	}
}
