package io.github.elasticstarter.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A loopback TCP proxy that counts the bytes the client sends: what compression saves on the
 * wire, headers and all.
 */
final class CountingProxy implements AutoCloseable {

	private final ServerSocket server;

	private final AtomicLong bytesToServer = new AtomicLong();

	CountingProxy(int targetPort) throws IOException {
		this.server = new ServerSocket(0, 128, InetAddress.getLoopbackAddress());
		Thread acceptor = new Thread(() -> accept(targetPort), "counting-proxy");
		acceptor.setDaemon(true);
		acceptor.start();
	}

	int port() {
		return this.server.getLocalPort();
	}

	long takeBytesToServer() {
		return this.bytesToServer.getAndSet(0);
	}

	private void accept(int targetPort) {
		while (!this.server.isClosed()) {
			try {
				Socket client = this.server.accept();
				Socket target = new Socket(InetAddress.getLoopbackAddress(), targetPort);
				pump(client, target, this.bytesToServer);
				pump(target, client, new AtomicLong());
			}
			catch (IOException ex) {
				if (!this.server.isClosed()) {
					throw new IllegalStateException("The proxy failed", ex);
				}
			}
		}
	}

	private static void pump(Socket from, Socket to, AtomicLong counter) {
		Thread pump = new Thread(() -> {
			byte[] buffer = new byte[64 * 1024];
			try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
				for (int read = in.read(buffer); read != -1; read = in.read(buffer)) {
					counter.addAndGet(read);
					out.write(buffer, 0, read);
				}
			}
			catch (IOException ex) {
				// The other side closed the connection: this direction ends with it.
			}
		}, "counting-proxy-pump");
		pump.setDaemon(true);
		pump.start();
	}

	@Override
	public void close() throws IOException {
		this.server.close();
	}

}
