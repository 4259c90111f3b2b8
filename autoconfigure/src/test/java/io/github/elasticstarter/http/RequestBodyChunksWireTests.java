package io.github.elasticstarter.http;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import io.github.elasticstarter.autoconfigure.ElasticAutoConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The client's transport writes a bulk body one line at a time; on the wire it must still go
 * in a few large HTTP chunks (each chunk is also a TLS record over HTTPS), not one per line.
 */
@Timeout(30)
class RequestBodyChunksWireTests {

	private static final int OPERATIONS = 1000;

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(ElasticAutoConfiguration.class, JacksonAutoConfiguration.class));

	@Test
	void aBulkBodyGoesInFewChunks() throws Exception {
		try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			server.setSoTimeout(10_000);
			CompletableFuture<ChunkedBody> received = CompletableFuture.supplyAsync(() -> answerOneBulk(server));
			this.runner.withPropertyValues("elastic.hosts=http://127.0.0.1:" + server.getLocalPort()).run((context) -> {
				ElasticsearchClient client = context.getBean(ElasticsearchClient.class);
				client.bulk((b) -> {
					for (int i = 0; i < OPERATIONS; i++) {
						String id = Integer.toString(i);
						b.operations((o) -> o.index((x) -> x.index("cities").id(id).document(Map.of("name", "city " + id))));
					}
					return b;
				});
			});
			ChunkedBody body = received.get(10, TimeUnit.SECONDS);
			assertThat(body.text().lines()).hasSize(2 * OPERATIONS);
			// HttpCore cuts chunks at its 8 KB session buffer; one per line would average 28 bytes
			assertThat(body.text().length() / body.chunks()).as("average chunk size").isGreaterThan(4096);
		}
	}

	record ChunkedBody(int chunks, String text) {
	}

	private static ChunkedBody answerOneBulk(ServerSocket server) {
		try (Socket socket = server.accept()) {
			socket.setSoTimeout(10_000);
			InputStream in = new BufferedInputStream(socket.getInputStream());
			String header;
			boolean chunked = false;
			while (!(header = readLine(in)).isEmpty()) {
				chunked |= header.equalsIgnoreCase("Transfer-Encoding: chunked");
			}
			assertThat(chunked).as("chunked request body").isTrue();
			ByteArrayOutputStream body = new ByteArrayOutputStream();
			int chunks = 0;
			for (int size = Integer.parseInt(readLine(in), 16); size > 0; size = Integer.parseInt(readLine(in), 16)) {
				body.write(in.readNBytes(size));
				readLine(in);
				chunks++;
			}
			readLine(in);
			byte[] answer = "{\"took\":1,\"errors\":false,\"items\":[]}".getBytes(StandardCharsets.UTF_8);
			OutputStream out = socket.getOutputStream();
			out.write(("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nX-Elastic-Product: Elasticsearch\r\n"
					+ "Content-Length: " + answer.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
			out.write(answer);
			out.flush();
			return new ChunkedBody(chunks, body.toString(StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String readLine(InputStream in) throws IOException {
		StringBuilder line = new StringBuilder();
		for (int c = in.read(); c != '\n'; c = in.read()) {
			if (c < 0) {
				throw new IOException("The connection closed mid-line: " + line);
			}
			if (c != '\r') {
				line.append((char) c);
			}
		}
		return line.toString();
	}

}
