package io.github.elasticstarter.faults;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import io.github.elasticstarter.curl.CurlLogExecHandler;
import io.github.elasticstarter.localnode.ApiKey;
import io.github.elasticstarter.localnode.LocalElasticsearch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

/**
 * Credentials read from files, rotated, rejected and lost on the real node: the logs and the
 * failures name the property, the file and the kind of credential, never the secret; the secret
 * scan that runs last looks for these secrets too. The curl log is at DEBUG meanwhile, so both
 * checks cover it.
 */
@ExtendWith(OutputCaptureExtension.class)
class FaultCredentialFilesTests {

	private final LocalElasticsearch node = LocalElasticsearch.http();

	@TempDir
	Path directory;

	@Test
	void rotatedLostAndRejectedFileCredentialsLeaveNoSecretInLogsOrFailures(CapturedOutput output)
			throws Exception {
		ApiKey oldKey = this.node.createApiKey("fault-file-old");
		ApiKey newKey = this.node.createApiKey("fault-file-new");
		String wrongKey = UsedSecrets.register(oldKey.id() + ":wrong-file-secret-" + System.nanoTime());
		Path file = Files.writeString(this.directory.resolve("api-key"), oldKey.encoded());
		LoggingSystem logging = LoggingSystem.get(getClass().getClassLoader());
		// The curl log at DEBUG too: its lines must hold none of these secrets either.
		logging.setLogLevel(CurlLogExecHandler.LOGGER_NAME, LogLevel.DEBUG);
		try {
			runRotatingAndRejecting(file, oldKey, newKey, wrongKey, output);
		}
		finally {
			logging.setLogLevel(CurlLogExecHandler.LOGGER_NAME, null);
		}
		assertThat(output).contains("Elasticsearch rejected the API key this application sent (401 Unauthorized")
			.contains("elastic.api-key-file: the file '" + file + "' does not exist")
			.contains("/_security/_authenticate' ", "-H \"Authorization: $ELASTIC_AUTH\"", " # 401 in ");
		assertThat(UsedSecrets.all()).contains(oldKey.encoded(), newKey.encoded(), wrongKey)
			.allSatisfy((secret) -> assertThat(output.toString()).doesNotContain(secret));
	}

	private void runRotatingAndRejecting(Path file, ApiKey oldKey, ApiKey newKey, String wrongKey,
			CapturedOutput output) {
		FaultContexts.runner()
			.withPropertyValues("elastic.hosts=" + this.node.baseUri(), "elastic.api-key-file=" + file,
					"elastic.credential-file-grace-period=1s")
			.run((context) -> {
				ElasticsearchClient client = context.getBean(ElasticsearchClient.class);
				assertThat(client.security().authenticate().apiKey().id()).isEqualTo(oldKey.id());
				replace(file, newKey.encoded());
				this.node.security().invalidateApiKey(oldKey.id());
				assertThat(client.security().authenticate().apiKey().id()).isEqualTo(newKey.id());
				Files.delete(file);
				await().atMost(Duration.ofSeconds(20)).until(() -> output.toString().contains("does not exist"));
				assertThat(client.security().authenticate().apiKey().id()).isEqualTo(newKey.id());
				replace(file, wrongKey);
				this.node.security().invalidateApiKey(newKey.id());
				assertThatExceptionOfType(ElasticsearchException.class)
					.isThrownBy(() -> client.security().authenticate())
					.satisfies((ex) -> assertThat(ex.getMessage()).doesNotContain(wrongKey));
			});
	}

	private void replace(Path file, String content) throws Exception {
		Path next = Files.writeString(this.directory.resolve("next"), content);
		Files.move(next, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
	}

}
