package io.github.elasticstarter.curl;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A quoted word reaches the program as the original text, with each secret back in place
 * once its variable is set; checked with a real {@code sh}.
 */
class ShellWordTests {

	private static final Map<String, String> SECRETS = Map.of("s3cr3t", "ELASTIC_PASSWORD");

	@Test
	void wordWithoutSecretsIsSingleQuoted() {
		assertThat(ShellWord.quote("{\"a\":\"it's\"}", SECRETS)).isEqualTo("'{\"a\":\"it'\\''s\"}'");
	}

	@Test
	void headerWithASecretIsDoubleQuoted() {
		assertThat(ShellWord.quote("Authorization: Basic s3cr3t", SECRETS))
			.isEqualTo("\"Authorization: Basic $ELASTIC_PASSWORD\"");
	}

	@Test
	void secretFollowedByANameCharacterIsBraced() {
		assertThat(ShellWord.quote("s3cr3tX", SECRETS)).isEqualTo("\"${ELASTIC_PASSWORD}X\"");
	}

	@ParameterizedTest
	@ValueSource(strings = { "plain", "it's", "{\"password\":\"s3cr3t\"}", "$HOME `id` \\n !x \"q\" 's3cr3t'",
			"line one\nline two s3cr3t\n", "s3cr3ts3cr3t", "" })
	void shellGivesBackTheTextWithTheSecret(String text) throws Exception {
		ProcessBuilder builder = new ProcessBuilder("sh", "-c", "printf %s " + ShellWord.quote(text, SECRETS));
		builder.environment().put("ELASTIC_PASSWORD", "s3cr3t");
		Process sh = builder.start();
		sh.getOutputStream().close();
		boolean exited = sh.waitFor(10, TimeUnit.SECONDS);
		if (!exited) {
			sh.destroyForcibly();
		}
		assertThat(exited).isTrue();
		assertThat(new String(sh.getInputStream().readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(text);
	}

}
