package io.github.elasticstarter.credentials;

import java.util.Map;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import io.github.elasticstarter.autoconfigure.ElasticAutoConfiguration;
import io.github.elasticstarter.testsupport.RecordingServer;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * A 401 fails the call with the server's error and logs which kind of credential was rejected,
 * without the secret.
 */
@ExtendWith(OutputCaptureExtension.class)
class RejectedCredentialsTests {

	@RegisterExtension
	final RecordingServer server = RecordingServer.forEachTest();


	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			elastic.username=elastic | elastic.password=rejected-secret-1 | username and password
			elastic.api-key=id:rejected-secret-2 | elastic.meta-header=true | API key
			elastic.bearer-token=rejected-secret-3 | elastic.meta-header=true | bearer token
			""")
	void rejectedCredentialIsNamedByKindNotBySecret(String credential, String other, String kind,
			CapturedOutput output) {
		this.server.enqueueError(401);
		new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(ElasticAutoConfiguration.class, JacksonAutoConfiguration.class))
			.withPropertyValues("elastic.hosts=" + this.server.url(), credential, other)
			.run((context) -> assertThatExceptionOfType(ElasticsearchException.class)
				.isThrownBy(() -> context.getBean(ElasticsearchClient.class).get((g) -> g.index("i").id("1"), Map.class))
				.satisfies((ex) -> assertThat(ex.status()).isEqualTo(401)));
		assertThat(output).contains("Elasticsearch rejected the " + kind + " this application sent (401 Unauthorized")
			.doesNotContain("rejected-secret");
	}

}
