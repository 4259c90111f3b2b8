package io.github.elasticstarter.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A loopback server that receives requests but never answers them properly: it either keeps
 * silent (a black-holed node) or resets the connection once a request arrived (a node that died
 * mid-request).
 */
public final class MisbehavingServer implements AutoCloseable {

	public enum Behaviour {

		/** Read the request and never answer. */
		SILENT,

		/** Read the request, then reset the connection (TCP RST). */
		RESET

	}

	private final ServerSocket server;

	private final Behaviour behaviour;

	private final AtomicInteger requests = new AtomicInteger();

	private final List<Socket> open = new CopyOnWriteArrayList<>();

	private final BackgroundFailures failures = new BackgroundFailures("The misbehaving server");

	public MisbehavingServer(Behaviour behaviour) throws IOException {
		this.behaviour = behaviour;
		this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
		Thread acceptor = new Thread(this::serve, "misbehaving-server");
		acceptor.setDaemon(true);
		acceptor.start();
	}

	public String url() {
		return "http://127.0.0.1:" + this.server.getLocalPort();
	}

	/**
	 * How many requests arrived (their first bytes, at least).
	 */
	public int requests() {
		return this.requests.get();
	}

	private void serve() {
		while (!this.server.isClosed()) {
			try {
				Socket socket = this.server.accept();
				this.open.add(socket);
				InputStream in = socket.getInputStream();
				if (in.read(new byte[8192]) > 0) {
					this.requests.incrementAndGet();
				}
				if (this.behaviour == Behaviour.RESET) {
					socket.setSoLinger(true, 0);
					socket.close();
				}
			}
			catch (IOException ex) {
				if (!this.server.isClosed()) {
					this.failures.record(ex);
				}
			}
		}
	}

	@Override
	public void close() throws IOException {
		this.server.close();
		for (Socket socket : this.open) {
			socket.close();
		}
		this.failures.rethrow();
	}

}
