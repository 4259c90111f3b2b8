package io.github.elasticstarter.tls;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import io.github.elasticstarter.autoconfigure.ElasticAutoConfiguration;
import io.github.elasticstarter.testsupport.RecordingServer;
import io.github.elasticstarter.testsupport.TestCertificates;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThatException;

/**
 * Each TLS mistake is refused with an error that says which mistake it is and how to fix it.
 */
class TlsFailureWireTests {

	@TempDir
	static Path certificates;

	private static TestCertificates ca;

	private RecordingServer server;

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(ElasticAutoConfiguration.class, JacksonAutoConfiguration.class));

	@BeforeAll
	static void createCa() throws Exception {
		ca = new TestCertificates(certificates);
	}

	@AfterEach
	void stopServer() {
		if (this.server != null) {
			this.server.close();
		}
	}

	@Test
	void untrustedCaIsExplained() throws Exception {
		this.server = RecordingServer.startHttps(ca.server("untrusted", "localhost", false));
		assertFailure(httpsUrl(), "is not signed by a certificate authority this application trusts",
				"elastic.ssl.ca-fingerprint");
	}

	@Test
	void expiredCertificateIsExplained() throws Exception {
		this.server = RecordingServer.startHttps(ca.server("expired", "localhost", true));
		assertFailure(httpsUrl(), "has expired", "Renew the node's certificate",
				"elastic.ssl.ca-fingerprint=" + ca.caFingerprint());
	}

	@Test
	void certificateForAnotherHostIsExplained() throws Exception {
		this.server = RecordingServer.startHttps(ca.server("elsewhere", "elsewhere.example", false));
		assertFailure(httpsUrl(), "is not issued for host name 'localhost'", "elastic.ssl.verification-mode",
				"elastic.ssl.ca-fingerprint=" + ca.caFingerprint());
	}

	@Test
	void plainHttpToAnHttpsPortIsExplained() throws Exception {
		this.server = RecordingServer.startHttps(ca.server("plain-to-tls", "localhost", false));
		// Java 17's TLS closes the connection, Java 25's answers with an alert: both are explained.
		assertFailure("http://localhost:" + this.server.port(), "If it serves HTTPS", "use 'https://'");
	}

	@Test
	void plainHttpToAPortThatAnswersWithATlsAlertIsExplained() throws IOException {
		// What a TLS port whose TLS answers plain text with an alert sends: not an HTTP status line.
		byte[] alert = { 0x15, 0x03, 0x03, 0x00, 0x02, 0x02, 0x46, '\r', '\n' };
		try (ServerSocket tlsPort = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			Thread answerer = new Thread(() -> answer(tlsPort, alert));
			answerer.setDaemon(true);
			answerer.start();
			assertFailure("http://localhost:" + tlsPort.getLocalPort(), "answered with something that is not HTTP",
					"use 'https://'");
		}
	}

	@Test
	void httpsToAPlainHttpPortIsExplained() throws IOException {
		try (ServerSocket plainHttp = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			Thread answerer = new Thread(() -> answer(plainHttp,
					"HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
						.getBytes(StandardCharsets.US_ASCII)));
			answerer.setDaemon(true);
			answerer.start();
			assertFailure("https://localhost:" + plainHttp.getLocalPort(), "does not answer with TLS", "use 'http://'");
		}
	}

	@Test
	void httpsToAPortThatNeverAnswersIsExplained() throws IOException {
		try (ServerSocket silent = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			assertFailure("https://localhost:" + silent.getLocalPort(), "within", "raise 'elastic.connect-timeout'",
					"elastic.connect-timeout=300ms");
		}
	}

	/**
	 * Answers the first request bytes of one connection with the given ones, as a server of
	 * another protocol does.
	 */
	private static void answer(ServerSocket server, byte[] answer) {
		try (Socket socket = server.accept()) {
			socket.getInputStream().read(new byte[512]);
			socket.getOutputStream().write(answer);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private String httpsUrl() {
		return "https://localhost:" + this.server.port();
	}

	private void assertFailure(String url, String which, String fix, String... properties) {
		this.runner.withPropertyValues("elastic.hosts=" + url, "elastic.retry.max-retries=0")
			.withPropertyValues(properties)
			.run((context) -> assertThatException()
				.isThrownBy(() -> context.getBean(ElasticsearchClient.class).get((g) -> g.index("i").id("1"), Map.class))
				.withMessageContaining(which)
				.withMessageContaining(fix));
	}

}
