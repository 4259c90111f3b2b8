package io.github.elasticstarter.localnode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;

/** Picks loopback ports that are free right now. */
final class FreePorts {

	private FreePorts() {
	}

	/** @return {@code count} distinct ports that could be bound on 127.0.0.1 a moment ago */
	static int[] pick(int count) {
		ServerSocket[] sockets = new ServerSocket[count];
		try {
			int[] ports = new int[count];
			for (int i = 0; i < count; i++) {
				sockets[i] = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
				ports[i] = sockets[i].getLocalPort();
			}
			return ports;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("No free loopback port", ex);
		}
		finally {
			for (ServerSocket socket : sockets) {
				if (socket != null) {
					try {
						socket.close();
					}
					catch (IOException ex) {
						// closing a probe socket
					}
				}
			}
		}
	}
}
