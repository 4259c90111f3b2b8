package io.github.elasticstarter.client;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class CloudIdTests {

	@Test
	void parsesTheExampleFromTheReadme() {
		CloudId cloudId = CloudId.parse("my-deployment:ZXUtY2VudHJhbC0xLmF3cy5jbG91ZC5lcy5pbyRhYmMkZGVm");
		assertThat(cloudId.name()).isEqualTo("my-deployment");
		assertThat(cloudId.elasticsearchUri()).hasToString("https://abc.eu-central-1.aws.cloud.es.io:443");
		assertThat(cloudId.kibanaId()).isEqualTo("def");
	}

	@Test
	void usesThePortCarriedByTheHost() {
		assertThat(CloudId.parse("x:" + encode("example.com:9243$es$kb")).elasticsearchUri())
			.hasToString("https://es.example.com:9243");
	}

	@Test
	void usesThePortCarriedByTheElasticsearchId() {
		assertThat(CloudId.parse("x:" + encode("example.com:9243$es:9200$kb")).elasticsearchUri())
			.hasToString("https://es.example.com:9200");
	}

	@Test
	void acceptsACloudIdWithoutKibana() {
		CloudId cloudId = CloudId.parse("x:" + encode("example.com$es"));
		assertThat(cloudId.kibanaId()).isNull();
		assertThat(cloudId.elasticsearchUri()).hasToString("https://es.example.com:443");
	}

	@Test
	void acceptsAnEmptyNameBeforeTheColon() {
		assertThat(CloudId.parse(":" + encode("example.com$es$kb")).name()).isEmpty();
	}

	@Test
	void rejectsACloudIdWithoutNameAndColon() {
		assertThatIllegalArgumentException().isThrownBy(() -> CloudId.parse("dXMtZWFzdC0xLmF3cy5mb3VuZC5pbyRhYmMkZGVm"))
			.withMessageStartingWith("the Cloud ID is malformed: ")
			.withMessageContaining("'name:base64'")
			.withMessageNotContaining("dXMtZWFzdC0xLmF3cy5mb3VuZC5pbyRhYmMkZGVm");
	}

	@Test
	void acceptsMissingBase64Padding() {
		String unpadded = encode("example.com$es$k").replace("=", "");
		assertThat(CloudId.parse("x:" + unpadded).elasticsearchId()).isEqualTo("es");
	}

	@Test
	void rejectsTooManySeparators() {
		assertThatIllegalArgumentException().isThrownBy(() -> CloudId.parse("x:" + encode("a$b$c$d")))
			.withMessageContaining("3 '$' separators");
	}

	private static String encode(String value) {
		return Base64.getEncoder().encodeToString(value.getBytes(StandardCharsets.UTF_8));
	}

}
