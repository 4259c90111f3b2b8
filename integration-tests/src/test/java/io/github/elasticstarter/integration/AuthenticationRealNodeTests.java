package io.github.elasticstarter.integration;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch.security.AuthenticateResponse;
import io.github.elasticstarter.localnode.ApiKey;
import io.github.elasticstarter.localnode.LocalElasticsearch;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Each kind of credential authenticates against the real node, and each wrong one fails with
 * a 401 that names the kind and not the secret.
 */
@Tag("smoke")
@ExtendWith(OutputCaptureExtension.class)
class AuthenticationRealNodeTests {

	private final LocalElasticsearch node = LocalElasticsearch.http();

	@Test
	void usernameAndPassword() {
		RealNode.http().run((context) -> assertThat(authenticate(context.getBean(ElasticsearchClient.class)).username())
			.isEqualTo(this.node.superuserName()));
	}

	@Test
	void encodedApiKey() {
		ApiKey key = this.node.createApiKey("encoded-key-test");
		onNode("elastic.api-key=" + key.encoded()).run((context) -> {
			AuthenticateResponse who = authenticate(context.getBean(ElasticsearchClient.class));
			assertThat(who.apiKey()).isNotNull();
			assertThat(who.apiKey().id()).isEqualTo(key.id());
		});
	}

	@Test
	void apiKeyAsIdAndSecret() {
		ApiKey key = this.node.createApiKey("id-secret-key-test");
		onNode("elastic.api-key=" + key.id() + ":" + key.secret()).run((context) -> {
			AuthenticateResponse who = authenticate(context.getBean(ElasticsearchClient.class));
			assertThat(who.apiKey()).isNotNull();
			assertThat(who.apiKey().id()).isEqualTo(key.id());
		});
	}

	@Test
	void bearerServiceToken() {
		String token = this.node.createServiceToken("starter-bearer-test");
		onNode("elastic.bearer-token=" + token).run((context) -> assertThat(
				authenticate(context.getBean(ElasticsearchClient.class)).username())
			.isEqualTo("elastic/fleet-server"));
	}

	@Test
	void wrongPasswordIsRejectedNamingTheKind(CapturedOutput output) {
		String secret = "wrong-password-5e1d";
		assertRejected(output, secret, "username and password", "elastic.username=" + this.node.superuserName(),
				"elastic.password=" + secret);
	}

	@Test
	void wrongApiKeyIsRejectedNamingTheKind(CapturedOutput output) {
		ApiKey key = this.node.createApiKey("wrong-secret-test");
		String secret = "wrongSecret7c2b";
		assertRejected(output, secret, "API key", "elastic.api-key=" + key.id() + ":" + secret);
	}

	@Test
	void wrongBearerTokenIsRejectedNamingTheKind(CapturedOutput output) {
		String secret = "AAEAAWVsYXN0aWMvZmxlZXQtc2VydmVyL3dyb25nOndyb25nLXRva2VuLTNmOWE";
		assertRejected(output, secret, "bearer token", "elastic.bearer-token=" + secret);
	}

	private void assertRejected(CapturedOutput output, String secret, String kind, String... credentials) {
		onNode(credentials).run((context) -> assertThatExceptionOfType(ElasticsearchException.class)
			.isThrownBy(() -> authenticate(context.getBean(ElasticsearchClient.class)))
			.satisfies((ex) -> {
				assertThat(ex.status()).isEqualTo(401);
				assertThat(ex.getMessage()).doesNotContain(secret);
			}));
		assertThat(output).contains("Elasticsearch rejected the " + kind + " this application sent (401 Unauthorized")
			.doesNotContain(secret);
	}

	private ApplicationContextRunner onNode(String... credentials) {
		return RealNode.runner().withPropertyValues("elastic.hosts=" + this.node.baseUri()).withPropertyValues(credentials);
	}

	private static AuthenticateResponse authenticate(ElasticsearchClient client) throws java.io.IOException {
		return client.security().authenticate();
	}

}
