package io.github.elasticstarter.testsupport;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An HTTP/1.1 server that answers one request per connection with a keep-alive response and
 * then resets the connection (TCP RST) while the client keeps it idle in its pool, as load
 * balancers do with connections idle past their timeout.
 */
public final class IdleResettingServer implements AutoCloseable {

	private static final byte[] BODY = RecordingServer.DEFAULT_BODY.getBytes(StandardCharsets.UTF_8);

	private final ServerSocket serverSocket;

	private final AtomicInteger connections = new AtomicInteger();

	private final Semaphore resets = new Semaphore(0);

	private final BackgroundFailures failures = new BackgroundFailures("The idle-resetting server");

	public IdleResettingServer() throws IOException {
		this.serverSocket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
		Thread acceptor = new Thread(this::acceptConnections, "idle-resetting-server");
		acceptor.setDaemon(true);
		acceptor.start();
	}

	public String url() {
		return "http://127.0.0.1:" + this.serverSocket.getLocalPort();
	}

	public int connections() {
		return this.connections.get();
	}

	/**
	 * Wait until the server has reset one more connection.
	 * @param timeout how long to wait at most
	 * @throws InterruptedException if interrupted while waiting
	 * @throws AssertionError if no connection was reset in time, or the server failed
	 */
	public void awaitReset(Duration timeout) throws InterruptedException {
		boolean reset = this.resets.tryAcquire(timeout.toMillis(), TimeUnit.MILLISECONDS);
		this.failures.rethrow();
		if (!reset) {
			throw new AssertionError("The server reset no connection within " + timeout);
		}
	}

	private void acceptConnections() {
		while (!this.serverSocket.isClosed()) {
			try (Socket socket = this.serverSocket.accept()) {
				this.connections.incrementAndGet();
				answerOneRequest(socket);
				socket.setSoLinger(true, 0);
			}
			catch (IOException ex) {
				if (!this.serverSocket.isClosed()) {
					this.failures.record(ex);
				}
			}
			finally {
				this.resets.release();
			}
		}
	}

	private static void answerOneRequest(Socket socket) throws IOException {
		InputStream in = new BufferedInputStream(socket.getInputStream());
		int contentLength = 0;
		for (String line = readLine(in); !line.isEmpty(); line = readLine(in)) {
			String lower = line.toLowerCase(Locale.ROOT);
			if (lower.startsWith("content-length:")) {
				contentLength = Integer.parseInt(lower.substring("content-length:".length()).strip());
			}
		}
		in.readNBytes(contentLength);
		OutputStream out = socket.getOutputStream();
		out.write(("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nX-Elastic-Product: Elasticsearch\r\n"
				+ "Connection: keep-alive\r\nContent-Length: " + BODY.length + "\r\n\r\n")
			.getBytes(StandardCharsets.US_ASCII));
		out.write(BODY);
		out.flush();
	}

	private static String readLine(InputStream in) throws IOException {
		ByteArrayOutputStream line = new ByteArrayOutputStream();
		for (int b = in.read(); b != -1 && b != '\n'; b = in.read()) {
			if (b != '\r') {
				line.write(b);
			}
		}
		return line.toString(StandardCharsets.US_ASCII);
	}

	@Override
	public void close() throws IOException {
		this.serverSocket.close();
		this.failures.rethrow();
	}

}
