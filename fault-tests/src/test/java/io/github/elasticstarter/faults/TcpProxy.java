package io.github.elasticstarter.faults;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A loopback TCP proxy in front of one node, with a thread per direction of each connection,
 * that injects network faults: forward, black-hole (accept and read but never forward or
 * answer), reset a connection once the node answers (so the node handled the request but the
 * client gets no answer), reset every open connection now or when its next request arrives, or
 * refuse (stop listening). The mode applies at once to new and open connections. What fails
 * unexpectedly on its threads is rethrown to the test by {@link #rethrowThreadFailures()} and
 * {@link #close()}.
 */
final class TcpProxy implements AutoCloseable {

	enum Mode {

		FORWARD, BLACK_HOLE, RESET_ON_RESPONSE

	}

	private final int upstreamPort;

	private final ServerSocket server;

	private final Set<Socket> clients = ConcurrentHashMap.newKeySet();

	private final AtomicInteger accepted = new AtomicInteger();

	private final Set<Socket> resetOnNextRequest = ConcurrentHashMap.newKeySet();

	private final AtomicInteger resetsOnResponse = new AtomicInteger();

	private final AtomicInteger resetsOnRequest = new AtomicInteger();

	private final AtomicInteger blackHoled = new AtomicInteger();

	private final Queue<Throwable> threadFailures = new ConcurrentLinkedQueue<>();

	private volatile Mode mode = Mode.FORWARD;

	TcpProxy(int upstreamPort) throws IOException {
		this.upstreamPort = upstreamPort;
		this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
		start("tcp-proxy-accept-" + port(), this::acceptLoop);
	}

	int port() {
		return this.server.getLocalPort();
	}

	String uri() {
		return "http://127.0.0.1:" + port() + "/";
	}

	void mode(Mode mode) {
		this.mode = mode;
	}

	/** How many connections the proxy has accepted. */
	int accepted() {
		return this.accepted.get();
	}

	/** How many connections the proxy reset because the node answered in {@link Mode#RESET_ON_RESPONSE}. */
	int resetsOnResponse() {
		return this.resetsOnResponse.get();
	}

	/** How many reads from clients the proxy swallowed in {@link Mode#BLACK_HOLE}. */
	int blackHoled() {
		return this.blackHoled.get();
	}

	/** How many connections the proxy reset as their next request arrived. */
	int resetsOnRequest() {
		return this.resetsOnRequest.get();
	}

	int openConnections() {
		return this.clients.size();
	}

	/** Resets every open client connection with a TCP RST. */
	void resetAll() {
		this.clients.forEach(TcpProxy::reset);
	}

	/**
	 * Resets each open connection when its next request arrives, without forwarding it: a load
	 * balancer closed the idle connection just before the client used it again.
	 */
	void resetOpenConnectionsOnNextRequest() {
		this.resetOnNextRequest.addAll(this.clients);
	}

	/** Stops listening: new connections are refused. Open ones are reset. */
	void refuse() throws IOException {
		this.server.close();
		resetAll();
	}

	/**
	 * Fails the test if one of the proxy's threads failed unexpectedly so far (a closed or reset
	 * socket is expected and not a failure).
	 * @throws AssertionError with the first failure as cause and the others suppressed
	 */
	void rethrowThreadFailures() {
		Throwable first = this.threadFailures.poll();
		if (first == null) {
			return;
		}
		AssertionError failure = new AssertionError("A thread of the TCP proxy on port " + port() + " failed", first);
		for (Throwable next = this.threadFailures.poll(); next != null; next = this.threadFailures.poll()) {
			failure.addSuppressed(next);
		}
		throw failure;
	}

	/** Stops listening, resets the open connections, then {@linkplain #rethrowThreadFailures() fails} if a thread did. */
	@Override
	public void close() throws IOException {
		refuse();
		rethrowThreadFailures();
	}

	private void acceptLoop() {
		while (true) {
			Socket client;
			try {
				client = this.server.accept();
			}
			catch (IOException ex) {
				return; // refuse() closed the server socket
			}
			this.accepted.incrementAndGet();
			Socket upstream;
			try {
				upstream = new Socket(InetAddress.getLoopbackAddress(), this.upstreamPort);
			}
			catch (IOException ex) {
				reset(client); // the node is down: the client sees a reset, as through a real load balancer
				continue;
			}
			this.clients.add(client);
			start("tcp-proxy-up-" + client.getPort(), () -> pump(client, upstream, true));
			start("tcp-proxy-down-" + client.getPort(), () -> pump(upstream, client, false));
		}
	}

	private void pump(Socket from, Socket to, boolean fromClient) {
		Socket client = fromClient ? from : to;
		byte[] buffer = new byte[16384];
		// A connection that lost bytes stays a black hole: forwarding what follows a gap would hand the node a
		// corrupted request, which no real network does.
		boolean swallowing = false;
		try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
			int read;
			while ((read = in.read(buffer)) >= 0) {
				if (fromClient && this.resetOnNextRequest.remove(client)) {
					this.resetsOnRequest.incrementAndGet();
					break;
				}
				Mode current = this.mode;
				if (fromClient && (swallowing || current == Mode.BLACK_HOLE)) {
					swallowing = true;
					this.blackHoled.incrementAndGet();
					continue;
				}
				if (!fromClient && current == Mode.RESET_ON_RESPONSE) {
					this.resetsOnResponse.incrementAndGet();
					break;
				}
				out.write(buffer, 0, read);
				out.flush();
			}
		}
		catch (IOException ex) {
			// one side closed or reset: reset the other below
		}
		finally {
			reset(client);
			reset(fromClient ? to : from);
			this.clients.remove(client);
		}
	}

	private static void reset(Socket socket) {
		try {
			socket.setSoLinger(true, 0);
			socket.close();
		}
		catch (IOException ex) {
			// already closed
		}
	}

	/** Runs {@code task} on a daemon thread of this proxy, recording what it throws. */
	void start(String name, Runnable task) {
		Thread thread = new Thread(() -> {
			try {
				task.run();
			}
			catch (Throwable ex) {
				this.threadFailures.add(ex);
			}
		}, name);
		thread.setDaemon(true);
		thread.start();
	}

}
