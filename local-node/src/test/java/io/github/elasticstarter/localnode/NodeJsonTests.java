package io.github.elasticstarter.localnode;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The node's answers and the request bodies, parsed and written as JSON, not matched as text. */
class NodeJsonTests {

	@Test
	void readsTheApiKeyFromTheTopLevelFieldsWhateverTheirOrderAndNesting() {
		String answer = """
				{
				  "metadata" : { "id" : "not-the-key-id", "encoded" : "not-the-encoding" },
				  "encoded" : "ZW5jb2RlZA==",
				  "api_key" : "s\\"ecr\\\\et\\/\\u00e9",
				  "name" : "test",
				  "id" : "key-id"
				}""";

		ApiKey key = CredentialIssuer.apiKeyFrom(answer);

		assertThat(key.id()).isEqualTo("key-id");
		assertThat(key.secret()).isEqualTo("s\"ecr\\et/é");
		assertThat(key.encoded()).isEqualTo("ZW5jb2RlZA==");
	}

	@Test
	void aMissingApiKeyFieldIsNamedWithoutQuotingTheSecrets() {
		String answer = "{\"id\":\"key-id\",\"api_key\":\"very-secret\",\"name\":\"test\"}";

		assertThatThrownBy(() -> CredentialIssuer.apiKeyFrom(answer)).isInstanceOf(LocalElasticsearchException.class)
			.hasMessageContaining("\"encoded\"")
			.hasMessageContaining("POST /_security/api_key")
			.hasMessageContaining("api_key")
			.hasMessageNotContaining("very-secret");
	}

	@Test
	void aNonStringApiKeyFieldIsRejected() {
		assertThatThrownBy(() -> CredentialIssuer.apiKeyFrom("{\"id\":7,\"api_key\":\"s\",\"encoded\":\"e\"}"))
			.isInstanceOf(LocalElasticsearchException.class)
			.hasMessageContaining("\"id\"");
	}

	@Test
	void anAnswerThatIsNotJsonIsReportedWithoutQuotingIt() {
		assertThatThrownBy(() -> CredentialIssuer.apiKeyFrom("<html>very-secret</html>"))
			.isInstanceOf(LocalElasticsearchException.class)
			.hasMessage("The answer to POST /_security/api_key is not JSON");
	}

	@Test
	void healthIsUsableOnlyWhenTheTopLevelStatusIsYellowOrGreen() {
		assertThat(NodeProcess.isYellowOrGreen("{\"cluster_name\":\"c\",\"status\":\"yellow\"}")).isTrue();
		assertThat(NodeProcess.isYellowOrGreen("{\n  \"status\" : \"green\",\n  \"timed_out\" : false\n}")).isTrue();
		assertThat(NodeProcess.isYellowOrGreen("{\"status\":\"red\"}")).isFalse();
		assertThat(NodeProcess.isYellowOrGreen("{\"indices\":{\"i\":{\"status\":\"green\"}},\"status\":\"red\"}"))
			.as("a nested status is not the cluster's")
			.isFalse();
		assertThat(NodeProcess.isYellowOrGreen("{\"error\":\"status: green expected\"}")).isFalse();
		assertThat(NodeProcess.isYellowOrGreen("not json")).isFalse();
		assertThat(NodeProcess.isYellowOrGreen("")).isFalse();
	}

	@Test
	void requestBodiesEscapeWhatJsonNeedsEscaped() {
		String name = "a \"quoted\" \\ name\n\twith é and \u0001";

		String body = NodeJson.write(Map.of("name", name));

		assertThat(NodeJson.requiredString(NodeJson.read(body, "test"), "name", "test")).isEqualTo(name);
		assertThat(body).startsWith("{\"name\":\"a \\\"quoted\\\" \\\\ name\\n\\twith é and \\u0001\"}");
	}

}
