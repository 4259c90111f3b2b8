package io.github.elasticstarter.localnode;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import io.github.elasticstarter.localnode.junit.Https;
import io.github.elasticstarter.localnode.junit.LocalElasticsearchTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

@LocalElasticsearchTest
class CredentialsTest {

	@Test
	void apiKeyAuthenticatesRequests(@Https LocalElasticsearch node) throws Exception {
		ApiKey key = node.createApiKey("credentials-test-key");

		assertThat(new String(Base64.getDecoder().decode(key.encoded()), StandardCharsets.UTF_8))
			.isEqualTo(key.id() + ":" + key.secret());
		HttpResponse<String> response = Requests.get(node, "_security/_authenticate", "ApiKey " + key.encoded());
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("\"authentication_type\":\"api_key\"")
			.contains("\"username\":\"" + node.superuserName() + "\"");
	}

	@Test
	void apiKeyWorksOverPlainHttpToo(LocalElasticsearch node) throws Exception {
		ApiKey key = node.createApiKey("credentials-test-http-key");

		HttpResponse<String> response = Requests.get(node, "_cluster/health", key.authorizationHeader());

		assertThat(response.statusCode()).isEqualTo(200);
	}

	@Test
	void unknownApiKeyIsRejected(LocalElasticsearch node) throws Exception {
		String bogus = Base64.getEncoder().encodeToString("no-such-id:no-such-secret".getBytes(StandardCharsets.UTF_8));

		HttpResponse<String> response = Requests.get(node, "_cluster/health", "ApiKey " + bogus);

		assertThat(response.statusCode()).isEqualTo(401);
	}

	@Test
	void serviceTokenAuthenticatesAsBearer(@Https LocalElasticsearch node) throws Exception {
		String token = node.createServiceToken("credentials-test-token");

		HttpResponse<String> response = Requests.get(node, "_security/_authenticate", "Bearer " + token);

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("\"username\":\"elastic/fleet-server\"")
			.contains("\"name\":\"credentials-test-token\"");
	}

	@Test
	void tamperedServiceTokenIsRejected(LocalElasticsearch node) throws Exception {
		String token = node.createServiceToken("credentials-test-http-token");

		HttpResponse<String> response = Requests.get(node, "_security/_authenticate", "Bearer " + token + "x");

		assertThat(response.statusCode()).isEqualTo(401);
	}
}
