package io.github.elasticstarter.integration;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import io.github.elasticstarter.curl.CurlLogExecHandler;
import io.github.elasticstarter.localnode.ApiKey;
import io.github.elasticstarter.localnode.LocalElasticsearch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A search the client sent over HTTPS, with an API key and compression on, written to the curl
 * log; the logged command, with the placeholder set to the real credential and the node's CA
 * passed to curl, gives the same status and the same hits.
 */
@ExtendWith(OutputCaptureExtension.class)
class CurlLogRealNodeTests {

	private final LocalElasticsearch node = LocalElasticsearch.https();

	@TempDir
	Path directory;

	@Test
	void loggedSearchRunWithCurlGivesTheSameStatusAndHits(CapturedOutput output) throws Exception {
		ApiKey key = this.node.createApiKey("curl-log-test");
		String index = RealNode.uniqueIndex("curl-log");
		// an appender of its own: tests that ran earlier in this JVM may have reset the console's
		Logger curlLogger = (Logger) LoggerFactory.getLogger(CurlLogExecHandler.LOGGER_NAME);
		ListAppender<ILoggingEvent> curlLog = new ListAppender<>();
		RealNode.runner()
			.withPropertyValues("elastic.hosts=" + this.node.baseUri(), "elastic.api-key=" + key.encoded(),
					"elastic.compression=true", "elastic.ssl.bundle=local-ca",
					"spring.ssl.bundle.pem.local-ca.truststore.certificate=file:" + this.node.caCertificatePath())
			.run((context) -> {
				ElasticsearchClient client = context.getBean(ElasticsearchClient.class);
				for (String title : List.of("Dune", "Dune Messiah", "Children of Dune", "Hyperion")) {
					client.index((i) -> i.index(index).document(Map.of("title", title)).refresh(Refresh.True));
				}
				curlLog.start();
				curlLogger.addAppender(curlLog);
				curlLogger.setLevel(Level.DEBUG);
				try {
					SearchResponse<Map> byClient = client.search((s) -> s.index(index)
						.query((q) -> q.match((m) -> m.field("title").query("dune"))), Map.class);
					assertThat(byClient.hits().hits()).hasSize(3);
					String command = loggedSearch(curlLog, index);
					assertThat(command).contains(" --compressed ", "\"Authorization: $ELASTIC_AUTH\"",
							"'Accept-Encoding: gzip'", "--data-binary '{\"query\":{\"match\":{\"title\":{\"query\":\"dune\"}}}}'")
						.doesNotContain(key.encoded(), key.secret());
					CurlResult byCurl = runWithCurl(command, key.authorizationHeader());
					assertThat(byCurl.status()).isEqualTo(200);
					assertThat(command).contains("# 200 in ");
					assertThat(byCurl.body().path("hits").path("total").path("value").asLong())
						.isEqualTo(byClient.hits().total().value());
					assertThat(byCurl.body().path("hits").path("hits").valueStream().map((hit) -> hit.path("_id").asString()))
						.containsExactlyElementsOf(byClient.hits().hits().stream().map(Hit::id).toList());
				}
				finally {
					curlLogger.setLevel(null);
					curlLogger.detachAppender(curlLog);
					curlLog.stop();
				}
			});
		assertThat(output).doesNotContain(key.encoded(), key.secret());
		assertThat(curlLog.list).extracting(ILoggingEvent::getFormattedMessage)
			.isNotEmpty()
			.allSatisfy((line) -> assertThat(line).doesNotContain(key.encoded(), key.secret()));
	}

	/**
	 * The logged command of the search. The line is written when HttpClient completes the
	 * exchange, which can come just after the client has handed the response back: wait for it.
	 */
	private static String loggedSearch(ListAppender<ILoggingEvent> curlLog, String index) {
		Callable<List<String>> searches = () -> {
			// the appender adds under its own lock, from HttpClient's threads
			synchronized (curlLog) {
				return curlLog.list.stream()
					.map(ILoggingEvent::getFormattedMessage)
					.filter((line) -> line.contains("curl -X POST ") && line.contains("/" + index + "/_search"))
					.map((line) -> line.substring(line.indexOf("curl -X POST ")))
					.toList();
			}
		};
		return await().atMost(Duration.ofSeconds(10)).until(searches, (lines) -> !lines.isEmpty()).get(0);
	}

	/**
	 * Run the command as a user would: the placeholder set in the environment, the node's CA
	 * given to curl; {@code -w} adds the status after the body.
	 */
	private CurlResult runWithCurl(String command, String authorization) throws IOException, InterruptedException {
		Path body = this.directory.resolve("body.json");
		String options = "curl -sS -o " + body + " -w '%{http_code}' --cacert " + this.node.caCertificatePath() + " ";
		ProcessBuilder builder = new ProcessBuilder("sh", "-c", options + command.substring("curl ".length()))
			.redirectErrorStream(true);
		builder.environment().put("ELASTIC_AUTH", authorization);
		Process curl = builder.start();
		boolean exited = curl.waitFor(30, TimeUnit.SECONDS);
		if (!exited) {
			curl.destroyForcibly();
		}
		String printed = new String(curl.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(exited).as("curl exited within 30 s").isTrue();
		assertThat(curl.exitValue()).as(printed).isZero();
		return new CurlResult(Integer.parseInt(printed.strip()), JsonMapper.builder().build().readTree(Files.readString(body)));
	}

	private record CurlResult(int status, JsonNode body) {
	}

}
