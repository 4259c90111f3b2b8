package io.github.elasticstarter.curl;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import io.github.elasticstarter.credentials.ElasticCredentials;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each secret of a credential has a variable, in every form it takes in a header, a JSON body
 * or a URL.
 */
class SecretPlaceholdersTests {

	@Test
	void passwordWithSpecialCharactersIsFoundAsJsonAndInAUrl() {
		ElasticCredentials basic = new ElasticCredentials.Basic("user", "p@ss \"w0rd\"");
		assertThat(SecretPlaceholders.of(basic)).containsEntry("p@ss \"w0rd\"", "ELASTIC_PASSWORD")
			.containsEntry("p@ss \\\"w0rd\\\"", "ELASTIC_PASSWORD")
			.containsEntry("p%40ss+%22w0rd%22", "ELASTIC_PASSWORD")
			.containsEntry("p%40ss%20%22w0rd%22", "ELASTIC_PASSWORD")
			.containsEntry(basic.authorizationHeader().orElseThrow(), "ELASTIC_AUTH");
	}

	@Test
	void apiKeyIsFoundEncodedAndAsItsSecret() {
		String encoded = Base64.getEncoder().encodeToString("key-id:key-secret".getBytes(StandardCharsets.UTF_8));
		assertThat(SecretPlaceholders.of(new ElasticCredentials.ApiKey(encoded)))
			.containsEntry(encoded, "ELASTIC_API_KEY")
			.containsEntry("key-secret", "ELASTIC_API_KEY_SECRET")
			.containsEntry("ApiKey " + encoded, "ELASTIC_AUTH");
	}

	@Test
	void longerSecretsComeFirst() {
		assertThat(SecretPlaceholders.of(new ElasticCredentials.BearerToken("tok")).keySet())
			.containsExactly("Bearer tok", "tok");
	}

	@Test
	void headersCarryingCredentialsHaveAVariable() {
		assertThat(SecretPlaceholders.forHeader("authorization")).isEqualTo("ELASTIC_AUTH");
		assertThat(SecretPlaceholders.forHeader("es-secondary-authorization"))
			.isEqualTo("ELASTIC_ES_SECONDARY_AUTHORIZATION");
		assertThat(SecretPlaceholders.forHeader("Accept")).isNull();
	}

}
