package io.github.elasticstarter.autoconfigure;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import io.github.elasticstarter.autoconfigure.clients.ElasticClientsAutoConfiguration;
import io.github.elasticstarter.autoconfigure.insight.ElasticInsightAutoConfiguration;
import io.github.elasticstarter.credentials.ElasticCredentials;
import io.github.elasticstarter.insight.ElasticEndpoint;
import io.github.elasticstarter.testsupport.CurlLogCapture;
import io.github.elasticstarter.testsupport.RecordingServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.actuate.context.properties.ConfigurationPropertiesReportEndpoint;
import org.springframework.boot.actuate.endpoint.SanitizingFunction;
import org.springframework.boot.actuate.endpoint.Show;
import org.springframework.boot.actuate.env.EnvironmentEndpoint;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Passwords, API keys and tokens never show in logs, exception messages, {@code toString()} or
 * actuator output.
 */
@ExtendWith(OutputCaptureExtension.class)
class SecretsTests {

	private static final String PASSWORD = "pw-7f3a9c1e-secret";

	private static final String API_KEY = "key-5b2e8d4f-secret";

	private static final String TOKEN = "tok-9a1c6e3b-secret";

	private static final List<String> SECRETS = List.of(PASSWORD, API_KEY, TOKEN);

	private static final String ENCODED_API_KEY = Base64.getEncoder()
		.encodeToString(("key-id:" + API_KEY).getBytes(StandardCharsets.UTF_8));

	@RegisterExtension
	final CurlLogCapture curlLog = CurlLogCapture.atDebug();

	@TempDir
	Path directory;

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(ElasticAutoConfiguration.class))
		.withPropertyValues("logging.level.io.github.elasticstarter=trace");

	@Test
	void credentialsToStringNamesTheKindButNotTheSecret() {
		assertThat(new ElasticCredentials.Basic("elastic", PASSWORD)).hasToString("Basic[username=elastic, password=******]");
		assertThat(ElasticCredentials.ApiKey.of("id", API_KEY).toString()).doesNotContain(API_KEY).contains("ApiKey");
		assertThat(new ElasticCredentials.BearerToken(TOKEN).toString()).doesNotContain(TOKEN).contains("BearerToken");
	}

	@Test
	void startUpWarningsNeverShowTheSecret(CapturedOutput output) {
		this.runner
			.withPropertyValues("elastic.hosts=http://192.0.2.10:9200", "elastic.username=elastic",
					"elastic.password=" + PASSWORD, "elastic.ssl.verification-mode=none")
			.run((context) -> assertThat(context).hasNotFailed());
		assertThat(output).contains("Credentials (username and password) are sent in clear text to http://192.0.2.10:9200")
			.contains("TLS CERTIFICATE VERIFICATION IS DISABLED");
		SECRETS.forEach((secret) -> assertThat(output).doesNotContain(secret));
	}

	static Stream<Arguments> invalidConfigurationsHoldingSecrets() {
		return Stream.of(new String[] { "elastic.password=" + PASSWORD },
				new String[] { "elastic.username=u", "elastic.password=" + PASSWORD, "elastic.api-key=" + API_KEY },
				new String[] { "elastic.api-key=" + API_KEY, "elastic.bearer-token=" + TOKEN },
				new String[] { "elastic.api-key=" + API_KEY },
				new String[] { "elastic.api-key=ApiKey " + API_KEY },
				new String[] { "elastic.bearer-token=Bearer " + TOKEN },
				new String[] { "elastic.bearer-token=" + TOKEN + " extra" },
				new String[] { "elastic.api-key=id:" + API_KEY, "elastic.headers.Authorization=Bearer " + TOKEN })
			.map((properties) -> Arguments.of((Object) properties));
	}

	@ParameterizedTest
	@MethodSource("invalidConfigurationsHoldingSecrets")
	void failuresNeverShowTheSecret(String[] properties, CapturedOutput output) {
		this.runner.withPropertyValues("elastic.hosts=http://localhost:9200").withPropertyValues(properties).run((context) -> {
			String everything = failureText(context);
			SECRETS.forEach((secret) -> assertThat(everything).doesNotContain(secret));
		});
		SECRETS.forEach((secret) -> assertThat(output).doesNotContain(secret));
	}

	@Test
	void actuatorEndpointsMaskTheSecretsEvenWhenShowingValues() {
		this.runner
			.withPropertyValues("elastic.hosts=http://localhost:9200", "elastic.username=visible-user",
					"elastic.password=" + PASSWORD)
			.run((context) -> {
				String report = actuatorReport(context);
				assertThat(report).contains("visible-user").doesNotContain(PASSWORD);
			});
	}

	static Stream<Arguments> credentialsOfEachKind() {
		return Stream.of(new String[] { "elastic.username=visible-user", "elastic.password=" + PASSWORD },
				new String[] { "elastic.api-key=key-id:" + API_KEY }, new String[] { "elastic.bearer-token=" + TOKEN })
			.map((properties) -> Arguments.of((Object) properties));
	}

	@ParameterizedTest
	@MethodSource("credentialsOfEachKind")
	void theElasticEndpointShowsTheCredentialKindOnly(String[] credentials, CapturedOutput output) {
		this.runner.withConfiguration(AutoConfigurations.of(ElasticInsightAutoConfiguration.class))
			.withPropertyValues("elastic.hosts=http://127.0.0.1:1", "management.endpoints.web.exposure.include=elastic",
					"elastic.startup-check=warn")
			.withPropertyValues(credentials)
			.run((context) -> {
				String report = new JsonMapper().writeValueAsString(context.getBean(ElasticEndpoint.class).clients());
				assertThat(report).contains("\"credentials\":{\"kind\":");
				SECRETS.forEach((secret) -> assertThat(report).doesNotContain(secret));
			});
		SECRETS.forEach((secret) -> assertThat(output).doesNotContain(secret));
	}

	@Test
	void actuatorEndpointsMaskTheSecretsOfNamedClients() {
		this.runner.withConfiguration(AutoConfigurations.of(ElasticClientsAutoConfiguration.class))
			.withPropertyValues("elastic.clients.archive.hosts=http://localhost:9200",
					"elastic.clients.archive.username=visible-user", "elastic.clients.archive.password=" + PASSWORD,
					"elastic.clients.search.hosts=http://localhost:9201", "elastic.clients.search.api-key=id:" + API_KEY,
					"elastic.clients.logs.hosts=http://localhost:9202", "elastic.clients.logs.bearer-token=" + TOKEN)
			.run((context) -> {
				assertThat(context).hasNotFailed();
				String report = actuatorReport(context);
				assertThat(report).contains("visible-user").contains("archive");
				SECRETS.forEach((secret) -> assertThat(report).doesNotContain(secret));
				context.getBeansOfType(Object.class)
					.values()
					.forEach((bean) -> SECRETS.forEach((secret) -> assertThat(String.valueOf(bean)).doesNotContain(secret)));
			});
	}

	@ParameterizedTest
	@MethodSource("invalidConfigurationsHoldingSecrets")
	void failuresOfNamedClientsNeverShowTheSecret(String[] properties, CapturedOutput output) {
		String[] named = Stream.of(properties).map((property) -> property.replace("elastic.", "elastic.clients.archive."))
			.toArray(String[]::new);
		this.runner.withConfiguration(AutoConfigurations.of(ElasticClientsAutoConfiguration.class))
			.withPropertyValues("elastic.clients.archive.hosts=http://localhost:9200")
			.withPropertyValues(named)
			.run((context) -> {
				String everything = failureText(context);
				assertThat(everything).contains("elastic.clients.archive.");
				SECRETS.forEach((secret) -> assertThat(everything).doesNotContain(secret));
			});
		SECRETS.forEach((secret) -> assertThat(output).doesNotContain(secret));
	}

	@Test
	void sanitizerRecognisesTheSecretPropertiesOfNamedClients() {
		assertThat(List.of("elastic.clients.archive.password", "elastic.clients.archive.api-key",
				"elastic.clients.archive.apiKey", "ELASTIC_CLIENTS_ARCHIVE_API_KEY", "elastic.clients.logs.bearer-token"))
			.allMatch(ElasticSecretsSanitizingConfiguration::isSecret);
		assertThat(List.of("elastic.clients.archive.username", "elastic.clients.archive.password-file"))
			.noneMatch(ElasticSecretsSanitizingConfiguration::isSecret);
	}

	@Test
	void sanitizerRecognisesEveryFormOfTheSecretProperties() {
		assertThat(List.of("elastic.password", "elastic.api-key", "elastic.apiKey", "ELASTIC_API_KEY",
				"elastic.bearer-token", "ELASTIC_BEARER_TOKEN"))
			.allMatch(ElasticSecretsSanitizingConfiguration::isSecret);
		assertThat(ElasticSecretsSanitizingConfiguration.isSecret("elastic.username")).isFalse();
	}

	/**
	 * Each secret kind, set directly or read from a file, sent in the body and the URL as well
	 * as in the {@code Authorization} header: the curl log shows shell variables instead.
	 */
	@ParameterizedTest
	@ValueSource(strings = { "password", "password-file", "api-key", "api-key-file", "api-key-id-and-secret",
			"bearer-token", "bearer-token-file" })
	void curlLogAtDebugNeverShowsTheSecret(String source, CapturedOutput output) throws IOException {
		String secret = source.startsWith("password") ? PASSWORD : source.startsWith("api-key") ? API_KEY : TOKEN;
		String configured = switch (source) {
			case "api-key", "api-key-file" -> ENCODED_API_KEY;
			case "api-key-id-and-secret" -> "key-id:" + API_KEY;
			default -> secret;
		};
		String property = source.replace("-id-and-secret", "");
		String value = property.endsWith("-file")
				? Files.writeString(this.directory.resolve(property), configured + "\n").toString() : configured;
		try (RecordingServer server = RecordingServer.start()) {
			this.runner.withConfiguration(AutoConfigurations.of(JacksonAutoConfiguration.class))
				.withPropertyValues("elastic.hosts=" + server.url(), "elastic." + property + "=" + value)
				.withPropertyValues(source.startsWith("password") ? "elastic.username=visible-user" : "elastic.x=y")
				.run((context) -> {
					ElasticsearchClient client = context.getBean(ElasticsearchClient.class);
					client.index((i) -> i.index("copies").id("1").document(Map.of("copied", secret, "also", configured)));
					client.search((s) -> s.index("copies").q(secret), Map.class);
				});
			String authorization = server.requests().get(0).header("Authorization");
			assertThat(authorization).isNotNull().contains(" ");
			String credential = authorization.substring(authorization.indexOf(' ') + 1);
			assertThat(this.curlLog.lines()).hasSize(2).allSatisfy((line) -> assertThat(line).startsWith("curl ")
				.contains("-H \"Authorization: $ELASTIC_AUTH\"")
				.doesNotContain(secret, configured, credential));
			// each line is written when HttpClient completes its exchange, which may come after the
			// next request has started: the two lines can come in either order
			assertThat(this.curlLog.lines()).anySatisfy((line) -> assertThat(line).contains("\"copied\":\"'\"${ELASTIC_"))
				.anySatisfy((line) -> assertThat(line).contains("?q=$ELASTIC_"));
			assertThat(output).doesNotContain(secret, configured, credential);
		}
	}

	/**
	 * The failure analysis and every message of the start-up failure's causes.
	 */
	private static String failureText(AssertableApplicationContext context) {
		assertThat(context).hasFailed();
		FailureAnalysis analysis = new InvalidElasticConfigurationFailureAnalyzer(null)
			.analyze(context.getStartupFailure());
		assertThat(analysis).isNotNull();
		StringBuilder everything = new StringBuilder(analysis.getDescription()).append(analysis.getAction());
		for (Throwable ex = context.getStartupFailure(); ex != null; ex = ex.getCause()) {
			everything.append(ex).append(ex.getMessage());
		}
		return everything.toString();
	}

	/**
	 * What the actuator's configprops and env endpoints show of "elastic", values included.
	 */
	private static String actuatorReport(AssertableApplicationContext context) {
		List<SanitizingFunction> sanitizers = context.getBeanProvider(SanitizingFunction.class).stream().toList();
		ConfigurationPropertiesReportEndpoint configprops = new ConfigurationPropertiesReportEndpoint(sanitizers,
				Show.ALWAYS);
		configprops.setApplicationContext(context);
		EnvironmentEndpoint env = new EnvironmentEndpoint(context.getEnvironment(), sanitizers, Show.ALWAYS);
		JsonMapper json = new JsonMapper();
		return json.writeValueAsString(configprops.configurationPropertiesWithPrefix("elastic"))
				+ json.writeValueAsString(env.environment("elastic.*"));
	}

}
