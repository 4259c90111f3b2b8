package io.github.elasticstarter.curl;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

import ch.qos.logback.classic.Level;
import co.elastic.clients.elasticsearch.ElasticsearchClient;
import io.github.elasticstarter.autoconfigure.ElasticAutoConfiguration;
import io.github.elasticstarter.testsupport.CurlLogCapture;
import io.github.elasticstarter.testsupport.RecordingServer;
import io.github.elasticstarter.testsupport.RecordingServer.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIOException;

/**
 * With the logger {@code io.github.elasticstarter.curl} at DEBUG, each request is written as a
 * runnable {@code curl} command followed by its status and time; run, it sends what the client
 * sent.
 */
@ExtendWith(OutputCaptureExtension.class)
class CurlLogWireTests {

	private static final String JSON = RecordingServer.COMPATIBLE_JSON;

	@RegisterExtension
	final RecordingServer server = RecordingServer.forEachTest();

	@RegisterExtension
	final CurlLogCapture curlLog = CurlLogCapture.atDebug();

	@Test
	void searchIsWrittenAsOneCurlCommandWithItsStatusAndTime() {
		runner("elastic.username=elastic", "elastic.password=pw-in-the-log-test", "elastic.meta-header=false")
			.run((context) -> context.getBean(ElasticsearchClient.class)
				.search((s) -> s.index("books").query((q) -> q.match((m) -> m.field("title").query("dune"))), Map.class));
		String command = "curl -X POST 'http://127.0.0.1:" + this.server.port() + "/books/_search?typed_keys=true'"
				+ " -H 'User-Agent: " + userAgent() + "' -H 'Accept: " + JSON + "' -H \"Authorization: $ELASTIC_AUTH\""
				+ " -H 'Content-Type: " + JSON + "'"
				+ " --data-binary '{\"query\":{\"match\":{\"title\":{\"query\":\"dune\"}}}}'";
		assertThat(this.curlLog.line()).matches(Pattern.quote(command) + " # 200 in \\d+ ms");
	}

	@Test
	void requestWithoutBodyIsWrittenWithoutData() {
		runner("elastic.meta-header=false").run((context) -> context.getBean(ElasticsearchClient.class)
			.get((g) -> g.index("i").id("1"), Map.class));
		assertThat(this.curlLog.line()).matches(Pattern.quote("curl -X GET 'http://127.0.0.1:" + this.server.port()
				+ "/i/_doc/1' -H 'Content-Type: " + JSON + "' -H 'User-Agent: " + userAgent() + "' -H 'Accept: " + JSON
				+ "'") + " # 200 in \\d+ ms");
	}

	@Test
	void compressedBodyIsShownUncompressedWithCompressed() {
		index("elastic.compression=true");
		RecordedRequest sent = this.server.requests().get(0);
		assertThat(sent.header("Content-Encoding")).isEqualTo("gzip");
		assertThat(this.curlLog.line()).contains(" -H 'Accept-Encoding: gzip'")
			.contains(" --compressed --data-binary '{\"title\":\"Dune\"}'")
			.doesNotContainIgnoringCase("Content-Encoding")
			.endsWith("; the client sent the body gzip-compressed (" + sent.body().length + " bytes)");
	}

	@Test
	void loggedCommandRunWithCurlSendsWhatTheClientSent() throws Exception {
		index("elastic.compression=true", "elastic.api-key=key-id:key-secret-for-curl");
		RecordedRequest byClient = this.server.requests().get(0);
		runWithCurl(this.curlLog.line(), byClient.header("Authorization"));
		List<RecordedRequest> requests = this.server.requests();
		assertThat(requests).hasSize(2);
		RecordedRequest byCurl = requests.get(1);
		assertThat(byCurl.method()).isEqualTo(byClient.method());
		assertThat(byCurl.path()).isEqualTo(byClient.path());
		assertThat(byCurl.query()).isEqualTo(byClient.query());
		for (String header : List.of("Authorization", "Accept", "Content-Type", "Accept-Encoding",
				"X-Elastic-Client-Meta")) {
			assertThat(byCurl.headers(header)).as(header).isEqualTo(byClient.headers(header)).isNotEmpty();
		}
		assertThat(byCurl.headers("Content-Encoding")).isEmpty();
		assertThat(byCurl.bodyAsString()).isEqualTo(gunzip(byClient.body())).isEqualTo("{\"title\":\"Dune\"}");
	}

	@Test
	void bulkBodyStaysOnItsLinesAndCurlSendsItUnchanged() throws Exception {
		this.server.enqueue(200, "{\"took\":1,\"errors\":false,\"items\":[]}");
		runner("elastic.compression=true").run((context) -> context.getBean(ElasticsearchClient.class)
			.bulk((b) -> b.index("books")
				.operations((o) -> o.index((i) -> i.id("1").document(Map.of("title", "Dune"))))
				.operations((o) -> o.index((i) -> i.id("2").document(Map.of("title", "It's Hyperion"))))));
		RecordedRequest byClient = this.server.requests().get(0);
		String ndjson = gunzip(byClient.body());
		assertThat(ndjson).hasLineCount(4).endsWith("\n");
		assertThat(this.curlLog.line()).contains(" --data-binary '{\"index\":{\"_id\":\"1\"}}\n");
		runWithCurl(this.curlLog.line(), "unused");
		assertThat(this.server.requests().get(1).bodyAsString()).isEqualTo(ndjson);
	}

	@ParameterizedTest
	@ValueSource(booleans = { false, true })
	void bodyLongerThanTheLimitIsCutAndTheCommandCommentedOut(boolean compression) {
		String title = "x".repeat(200);
		indexTitle(title, "elastic.compression=" + compression, "elastic.curl-log.max-body-size=64B");
		String body = "{\"title\":\"" + title + "\"}";
		assertThat(this.curlLog.line())
			.startsWith("# not runnable, the request body is cut at 64 bytes (elastic.curl-log.max-body-size): curl -X PUT ")
			.contains(" --data-binary '" + body.substring(0, 64) + "' # 201 in ");
	}

	@Test
	void bodyUpToTheLimitIsWrittenWhole() {
		index("elastic.curl-log.max-body-size=16B");
		assertThat(this.curlLog.line()).startsWith("curl -X PUT ").contains(" --data-binary '{\"title\":\"Dune\"}' # 201 in ");
	}

	@Test
	void singleQuotesInTheBodyAreQuotedForTheShell() {
		indexTitle("It's Dune");
		assertThat(this.curlLog.line()).contains(" --data-binary '{\"title\":\"It'\\''s Dune\"}' # 201 in ");
	}

	@Test
	void nothingIsWrittenWhenTheLoggerIsAtInfo(CapturedOutput output) {
		this.curlLog.setLevel(Level.INFO);
		index("elastic.compression=true");
		assertThat(this.server.requests()).hasSize(1);
		assertThat(this.curlLog.lines()).isEmpty();
		assertThat(output).doesNotContain("curl -X");
	}

	@Test
	void failedRequestIsWrittenWithItsFailure() {
		new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(JacksonAutoConfiguration.class, ElasticAutoConfiguration.class))
			.withPropertyValues("elastic.hosts=http://127.0.0.1:1", "elastic.retry.max-retries=0")
			.run((context) -> assertThatIOException().isThrownBy(() -> context.getBean(ElasticsearchClient.class).ping()));
		assertThat(this.curlLog.lines()).isNotEmpty()
			.allMatch((line) -> line.matches("curl --head 'http://127.0.0.1:1/' .* # failed after \\d+ ms: \\S+"));
	}

	/** The client's own User-Agent, which it sets as a request header. */
	private String userAgent() {
		return this.server.requests().get(0).header("User-Agent");
	}

	private void index(String... properties) {
		indexTitle("Dune", properties);
	}

	private void indexTitle(String title, String... properties) {
		this.server.enqueue(201, RecordingServer.DEFAULT_BODY);
		runner(properties).run((context) -> {
			assertThat(context).hasNotFailed();
			context.getBean(ElasticsearchClient.class).index((i) -> i.index("books").id("1").document(Map.of("title", title)));
		});
	}

	private ApplicationContextRunner runner(String... properties) {
		return new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(JacksonAutoConfiguration.class, ElasticAutoConfiguration.class))
			.withPropertyValues("elastic.hosts=" + this.server.url())
			.withPropertyValues(properties);
	}

	private static void runWithCurl(String command, String authorization) throws Exception {
		ProcessBuilder builder = new ProcessBuilder("sh", "-c", command + "\n").redirectErrorStream(true);
		builder.environment().put("ELASTIC_AUTH", authorization);
		Process curl = builder.start();
		boolean exited = curl.waitFor(30, TimeUnit.SECONDS);
		String output = new String(curl.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		if (!exited) {
			curl.destroyForcibly();
		}
		assertThat(exited).as("curl exited within 30 s").isTrue();
		assertThat(curl.exitValue()).as(output).isZero();
	}

	private static String gunzip(byte[] body) throws IOException {
		try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}
