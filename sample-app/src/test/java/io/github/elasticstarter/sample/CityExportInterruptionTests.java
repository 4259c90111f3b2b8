package io.github.elasticstarter.sample;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIOException;

/**
 * Exports cut short, on the real local node: a client that leaves mid-way, and a scan that fails
 * after the first cities were sent. Each runs its own application on its own small index, read
 * one city per page, so that the export is still under way when it is interrupted (with large
 * pages, the whole export could already sit in the sockets' buffers).
 */
@ExtendWith(OutputCaptureExtension.class)
class CityExportInterruptionTests {

	private static final int CITIES = 2_000;

	private static final Duration WAIT = Duration.ofSeconds(30);

	@Test
	void clientThatLeavesMidExportLeavesNoPointInTimeOpen(CapturedOutput output) throws Exception {
		try (ConfigurableApplicationContext sample = onePerPage("export-left")) {
			ElasticsearchClient client = sample.getBean(ElasticsearchClient.class);
			try (Socket socket = new Socket("localhost", port(sample))) {
				socket.setSoTimeout((int) WAIT.toMillis());
				OutputStream request = socket.getOutputStream();
				request.write("GET /cities/export HTTP/1.1\r\nHost: localhost\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
				request.flush();
				BufferedReader response = new BufferedReader(
						new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
				assertThat(response.readLine()).startsWith("HTTP/1.1 200");
				int cities = 0;
				while (cities < 3) {
					String line = response.readLine();
					assertThat(line).as("the response ended before 3 cities").isNotNull();
					if (line.startsWith("{\"id\":")) {
						cities++;
					}
				}
				assertThat(OpenSearchContexts.on(client)).as("the export's point in time").isPositive();
			}
			assertThat(OpenSearchContexts.awaitNone(client, WAIT)).isZero();
			assertThat(output).contains("Export ended early: the client went away after");
		}
	}

	/**
	 * Deleting the index frees the point in time's contexts under the export: its next page
	 * fails after cities were sent, and the client must see a failed transfer, not a clean end.
	 */
	@Test
	void failureAfterTheFirstCitiesIsAFailedTransferNotACleanEnd(CapturedOutput output) throws Exception {
		try (ConfigurableApplicationContext sample = onePerPage("export-failed")) {
			ElasticsearchClient client = sample.getBean(ElasticsearchClient.class);
			HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
			HttpResponse<InputStream> response = http.send(HttpRequest
				.newBuilder(URI.create("http://localhost:" + port(sample) + "/cities/export"))
				.timeout(WAIT)
				.build(), HttpResponse.BodyHandlers.ofInputStream());
			assertThat(response.statusCode()).isEqualTo(200);
			try (BufferedReader body = new BufferedReader(
					new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
				assertThat(body.readLine()).startsWith("{\"id\":");
				client.indices().delete((delete) -> delete.index("export-failed"));
				assertThatIOException().isThrownBy(() -> {
					int cities = 1;
					while (body.readLine() != null) {
						cities++;
					}
					assertThat(cities).as("cities read though the index was deleted").isLessThan(CITIES);
				});
			}
			assertThat(output).contains("The export failed after");
			assertThat(OpenSearchContexts.awaitNone(client, WAIT)).isZero();
		}
	}

	private static ConfigurableApplicationContext onePerPage(String index) {
		return new SpringApplicationBuilder(SampleApplication.class).run("--server.port=0", "--sample.index=" + index,
				"--sample.data.limit=" + CITIES, "--elastic.scan.page-size=1", "--elastic.scan.max-buffered-pages=1");
	}

	private static int port(ConfigurableApplicationContext sample) {
		return sample.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
	}

}
