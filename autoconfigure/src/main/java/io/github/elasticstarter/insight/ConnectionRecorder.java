package io.github.elasticstarter.insight;

import io.github.elasticstarter.tls.PresentedChains;
import org.apache.hc.client5.http.HttpRoute;
import org.apache.hc.core5.pool.ConnPoolControl;
import org.jspecify.annotations.Nullable;

/**
 * What one client's connections saw, recorded as they go: the connection pool in use (a new one
 * after each restart of the client), the state of each node, and the certificate chain each
 * server presented. One per client, built with it; the client name is the one the endpoint and
 * the metrics show ({@code default} for the client of the {@code elastic.*} properties).
 */
public final class ConnectionRecorder {

	private final String clientName;

	private final NodeStates nodeStates = new NodeStates();

	private final PresentedChains presentedChains = new PresentedChains();

	private volatile @Nullable ConnPoolControl<HttpRoute> pool;

	/**
	 * Create a recorder for the named client.
	 * @param clientName the client's name
	 */
	public ConnectionRecorder(String clientName) {
		this.clientName = clientName;
	}

	/**
	 * The name of the client whose connections this records.
	 * @return the name, {@code default} for the client of the {@code elastic.*} properties
	 */
	public String clientName() {
		return this.clientName;
	}

	/**
	 * Record the connection pool the client has just built.
	 * @param pool the pool's controls
	 */
	public void poolBuilt(ConnPoolControl<HttpRoute> pool) {
		this.pool = pool;
	}

	/**
	 * The pool in use, or {@code null} before the client first starts.
	 * @return the pool's controls
	 */
	public @Nullable ConnPoolControl<HttpRoute> pool() {
		return this.pool;
	}

	/**
	 * Which nodes the client considers dead, and until when.
	 * @return the node states
	 */
	public NodeStates nodeStates() {
		return this.nodeStates;
	}

	/**
	 * The certificate chain each server presented at its last TLS handshake.
	 * @return the presented chains
	 */
	public PresentedChains presentedChains() {
		return this.presentedChains;
	}

}
