package io.github.elasticstarter.faults;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import io.github.elasticstarter.localnode.LocalElasticsearch;
import io.github.elasticstarter.localnode.LocalElasticsearchCluster;

/**
 * Stopping a node deletes its folder, logs included: the fault tests copy the logs of the nodes
 * they started into {@code target/node-logs} first, so that {@link SecretLeakTests} can scan
 * them.
 */
final class NodeLogs {

	static final Path PRESERVED = Path.of("target", "node-logs");

	private NodeLogs() {
	}

	/** Copies the node's logs into {@link #PRESERVED}, then stops it. */
	static void stopKeepingLogs(LocalElasticsearch node) throws IOException {
		if (node == null) {
			return;
		}
		try {
			preserve(node);
		}
		finally {
			node.stop();
		}
	}

	static void stopKeepingLogs(LocalElasticsearchCluster cluster) throws IOException {
		if (cluster == null) {
			return;
		}
		try {
			for (LocalElasticsearch node : cluster.nodes()) {
				preserve(node);
			}
		}
		finally {
			cluster.stop();
		}
	}

	private static void preserve(LocalElasticsearch node) throws IOException {
		Path logs = node.logDirectory();
		Path target = PRESERVED.resolve(logs.getParent().getFileName() + "-" + node.nodeName());
		Files.createDirectories(target);
		try (Stream<Path> files = Files.list(logs)) {
			for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
				Files.copy(file, target.resolve(file.getFileName()));
			}
		}
	}

}
