package io.github.elasticstarter.localnode;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Several {@link LocalElasticsearch} nodes that form one cluster on loopback, started by
 * {@link LocalElasticsearchBuilder#startCluster(int)}. Each node can be killed, stopped and started again on its own.
 */
public final class LocalElasticsearchCluster {

	private final List<LocalElasticsearch> nodes;

	LocalElasticsearchCluster(List<LocalElasticsearch> nodes) {
		this.nodes = List.copyOf(nodes);
	}

	/** @return the nodes, in the order of their names ({@code local-node-1} first) */
	public List<LocalElasticsearch> nodes() {
		return nodes;
	}

	/**
	 * @param nodeName a node's {@code node.name}
	 * @return that node
	 */
	public LocalElasticsearch node(String nodeName) {
		return nodes.stream()
			.filter((node) -> node.nodeName().equals(nodeName))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("No node named " + nodeName + " in " + this));
	}

	/** @return the base URIs of every node, comma-separated, as {@code elastic.hosts} takes them */
	public String hosts() {
		return nodes.stream().map((node) -> node.baseUri().toString()).collect(Collectors.joining(","));
	}

	/** Stops every node and deletes its data. Safe to call twice. */
	public void stop() {
		nodes.forEach(LocalElasticsearch::stop);
	}

	@Override
	public String toString() {
		return "LocalElasticsearchCluster" + nodes.stream().map(LocalElasticsearch::nodeName).toList() + " at " + hosts();
	}
}
