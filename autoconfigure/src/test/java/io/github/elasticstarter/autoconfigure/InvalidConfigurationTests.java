package io.github.elasticstarter.autoconfigure;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.stream.Stream;

import io.github.elasticstarter.autoconfigure.scan.ElasticScanAutoConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.ssl.SslAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * Every invalid configuration stops start-up with a failure analysis that names the property
 * and says how to fix it.
 */
@ExtendWith(OutputCaptureExtension.class)
class InvalidConfigurationTests {

	private static final String HOSTS = "elastic.hosts=http://localhost:9200";

	private static final String CLOUD_ID = "elastic.cloud-id=my:" + base64("example.com$es$kb");

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(ElasticAutoConfiguration.class));

	static Stream<Arguments> invalidConfigurations() {
		return Stream.of(
				invalid("elastic.hosts", "neither cloud-id nor hosts"),
				invalid("elastic.hosts", "cloud-id and hosts", CLOUD_ID, HOSTS),
				invalid("elastic.cloud-id", "not Base64", "elastic.cloud-id=name:%%%not-base64"),
				invalid("elastic.cloud-id", "no $", "elastic.cloud-id=name:" + base64("example.com")),
				invalid("elastic.cloud-id", "too many $", "elastic.cloud-id=name:" + base64("a$b$c$d")),
				invalid("elastic.cloud-id", "port not a number", "elastic.cloud-id=n:" + base64("example.com:x$es$k")),
				invalid("elastic.cloud-id", "port out of range", "elastic.cloud-id=n:" + base64("example.com:70000$es")),
				invalid("elastic.cloud-id", "nothing after the colon", "elastic.cloud-id=name:"),
				invalid("elastic.cloud-id", "no name and colon", "elastic.cloud-id=dXMtZWFzdC0xLmF3cy5mb3VuZC5pbyRhYmMkZGVm"),
				invalid("elastic.cloud-id", "empty host", "elastic.cloud-id=n:" + base64("$es$kb")),
				invalid("elastic.cloud-id", "empty Elasticsearch id", "elastic.cloud-id=n:" + base64("example.com$$kb")),
				invalid("elastic.port", "port out of range", CLOUD_ID, "elastic.port=0"),
				invalid("elastic.port", "port without Cloud ID", HOSTS, "elastic.port=9243"),
				invalid("elastic.hosts", "host without scheme", "elastic.hosts=localhost:9200"),
				invalid("elastic.hosts", "unsupported scheme", "elastic.hosts=ftp://localhost:21"),
				invalid("elastic.hosts", "credentials in the URL", "elastic.hosts=https://elastic:changeme@localhost:9200"),
				invalid("elastic.hosts", "path in the URL", "elastic.hosts=http://localhost:9200/es"),
				invalid("elastic.hosts", "not a URL", "elastic.hosts=http://exa mple:9200"),
				invalid("elastic.username", "password alone", HOSTS, "elastic.password=secret"),
				invalid("elastic.password", "username alone", HOSTS, "elastic.username=elastic"),
				invalid("elastic.api-key", "API key and password", HOSTS, "elastic.username=u", "elastic.password=p",
						"elastic.api-key=id:key"),
				invalid("elastic.api-key", "API key and token", HOSTS, "elastic.api-key=id:key",
						"elastic.bearer-token=token"),
				invalid("elastic.api-key", "API key not Base64", HOSTS, "elastic.api-key=not*base64"),
				invalid("elastic.api-key", "encoded key without colon", HOSTS, "elastic.api-key=" + base64("nocolon")),
				invalid("elastic.api-key", "empty secret", HOSTS, "elastic.api-key=id:"),
				invalid("elastic.api-key", "ApiKey prefix", HOSTS, "elastic.api-key=ApiKey " + base64("id:key")),
				invalid("elastic.bearer-token", "Bearer prefix", HOSTS, "elastic.bearer-token=Bearer abc"),
				invalid("elastic.bearer-token", "white space in token", HOSTS, "elastic.bearer-token=ab cd"),
				invalid("elastic.api-key-file", "missing API key file", HOSTS,
						"elastic.api-key-file=/nonexistent/elastic/api-key"),
				invalid("elastic.password-file", "missing password file", HOSTS, "elastic.username=u",
						"elastic.password-file=/nonexistent/elastic/password"),
				invalid("elastic.bearer-token-file", "missing token file", HOSTS,
						"elastic.bearer-token-file=/nonexistent/elastic/token"),
				invalid("elastic.api-key-file", "API key and API key file", HOSTS, "elastic.api-key=id:key",
						"elastic.api-key-file=/nonexistent/elastic/api-key"),
				invalid("elastic.ssl.ca-fingerprint", "too short", HOSTS, "elastic.ssl.ca-fingerprint=abcdef"),
				invalid("elastic.ssl.ca-fingerprint", "not hex", HOSTS, "elastic.ssl.ca-fingerprint=" + "zz".repeat(32)),
				invalid("elastic.ssl.bundle", "unknown bundle", HOSTS, "elastic.ssl.bundle=missing"),
				invalid("elastic.sniffing.enabled", "sniffing with Cloud ID", CLOUD_ID, "elastic.sniffing.enabled=true"),
				invalid("elastic.sniffing.interval", "zero interval", HOSTS, "elastic.sniffing.enabled=true",
						"elastic.sniffing.interval=0s"),
				invalid("elastic.connect-timeout", "negative", HOSTS, "elastic.connect-timeout=-1s"),
				invalid("elastic.socket-timeout", "zero", HOSTS, "elastic.socket-timeout=0"),
				invalid("elastic.response-timeout", "negative", HOSTS, "elastic.response-timeout=-5s"),
				invalid("elastic.connection-request-timeout", "negative", HOSTS,
						"elastic.connection-request-timeout=-1ms"),
				invalid("elastic.pool.idle-timeout", "negative", HOSTS, "elastic.pool.idle-timeout=-1s"),
				invalid("elastic.pool.validate-after-inactivity", "negative", HOSTS,
						"elastic.pool.validate-after-inactivity=-1s"),
				invalid("elastic.pool.max-connections", "zero", HOSTS, "elastic.pool.max-connections=0"),
				invalid("elastic.pool.max-connections-per-route", "above total", HOSTS, "elastic.pool.max-connections=10",
						"elastic.pool.max-connections-per-route=20"),
				invalid("elastic.retry.max-retries", "negative", HOSTS, "elastic.retry.max-retries=-1"),
				invalid("elastic.retry.on-status", "success status", HOSTS, "elastic.retry.on-status=200,503"),
				invalid("elastic.retry.initial-backoff", "negative", HOSTS, "elastic.retry.initial-backoff=-1ms"),
				invalid("elastic.retry.max-backoff", "below first back-off", HOSTS, "elastic.retry.initial-backoff=2s",
						"elastic.retry.max-backoff=1s"),
				invalid("elastic.proxy", "no port", HOSTS, "elastic.proxy=http://proxy.example.com"),
				invalid("elastic.proxy", "credentials", HOSTS, "elastic.proxy=http://u:p@proxy.example.com:3128"),
				invalid("elastic.headers", "bad header name", HOSTS, "elastic.headers[Bad Header]=x"),
				invalid("elastic.headers", "Authorization twice", HOSTS, "elastic.api-key=id:key",
						"elastic.headers.Authorization=Basic abc"),
				invalid("elastic.path-prefix", "space in path", HOSTS, "elastic.path-prefix=/a b"),
				invalid("ELASTIC_CLIENT_APIVERSIONING", "neither true nor false", HOSTS,
						"ELASTIC_CLIENT_APIVERSIONING=maybe"));
	}

	@ParameterizedTest(name = "{1}: {0}")
	@MethodSource("invalidConfigurations")
	void failsWithAnAnalysisNamingTheProperty(String property, String problem, String[] properties) {
		this.runner.withConfiguration(AutoConfigurations.of(SslAutoConfiguration.class))
			.withPropertyValues(properties)
			.run((context) -> {
				assertThat(context).hasFailed();
				FailureAnalysis analysis = new InvalidElasticConfigurationFailureAnalyzer(null)
					.analyze(context.getStartupFailure());
				assertThat(analysis).isNotNull();
				assertThat(analysis.getDescription()).contains("Property: " + property);
				assertThat(analysis.getAction()).isNotBlank();
			});
	}

	@Test
	void scanPropertyOutOfRangeFailsWithAnAnalysisNamingIt() {
		this.runner.withConfiguration(AutoConfigurations.of(ElasticScanAutoConfiguration.class))
			.withPropertyValues(HOSTS, "elastic.scan.max-buffered-pages=0")
			.run((context) -> {
				FailureAnalysis analysis = new InvalidElasticConfigurationFailureAnalyzer(null)
					.analyze(context.getStartupFailure());
				assertThat(analysis.getDescription()).contains("Property: elastic.scan.max-buffered-pages")
					.contains("it is 0");
				assertThat(analysis.getAction()).contains("'elastic.scan.max-buffered-pages'");
			});
	}

	@Test
	void namedSslBundleWithoutAnyBundlesFails() {
		this.runner.withPropertyValues(HOSTS, "elastic.ssl.bundle=mine").run((context) -> {
			assertThat(context).hasFailed();
			assertThat(new InvalidElasticConfigurationFailureAnalyzer(null).analyze(context.getStartupFailure())
				.getDescription()).contains("Property: elastic.ssl.bundle").contains("has no SSL bundles");
		});
	}

	@Test
	void startUpReportShowsPropertyProblemAndActionInsteadOfAStackTrace(CapturedOutput output) {
		SpringApplicationBuilder application = new SpringApplicationBuilder(EmptyApplication.class)
			.web(WebApplicationType.NONE)
			.properties("elastic.cloud-id=name:%%%", "spring.main.banner-mode=off");
		assertThatException().isThrownBy(application::run);
		assertThat(output).contains("APPLICATION FAILED TO START")
			.contains("Property: elastic.cloud-id")
			.contains("Copy the Cloud ID again from the Elastic Cloud console");
	}

	private static Arguments invalid(String property, String problem, String... properties) {
		return arguments(property, problem, properties);
	}

	private static String base64(String value) {
		return Base64.getEncoder().encodeToString(value.getBytes(StandardCharsets.UTF_8));
	}

	@Configuration(proxyBeanMethods = false)
	@ImportAutoConfiguration(ElasticAutoConfiguration.class)
	static class EmptyApplication {

	}

}
