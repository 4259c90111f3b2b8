package io.github.elasticstarter.autoconfigure.springboot;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;

import co.elastic.clients.transport.rest5_client.low_level.Rest5Client;
import co.elastic.clients.transport.rest5_client.low_level.sniffer.Sniffer;
import io.github.elasticstarter.autoconfigure.ElasticAutoConfiguration;
import io.github.elasticstarter.autoconfigure.ElasticConnectionDetails;
import io.github.elasticstarter.autoconfigure.ElasticProperties;
import io.github.elasticstarter.credentials.ElasticCredentials;
import io.github.elasticstarter.tls.VerificationMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.ssl.SslAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.elasticsearch.autoconfigure.ElasticsearchClientAutoConfiguration;
import org.springframework.boot.elasticsearch.autoconfigure.ElasticsearchRestClientAutoConfiguration;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * An application configured with Spring Boot's {@code spring.elasticsearch.*} properties gets the
 * same connection from the starter, property by property, and is told once what was used.
 */
@ExtendWith(OutputCaptureExtension.class)
class SpringElasticsearchPropertiesTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withInitializer((context) -> new SpringElasticsearchEnvironmentPostProcessor(Supplier::get)
			.postProcessEnvironment(context.getEnvironment(), new SpringApplication()))
		.withConfiguration(AutoConfigurations.of(ElasticAutoConfiguration.class, SslAutoConfiguration.class));

	static Stream<Arguments> mappedProperties() {
		return Stream.of(
				mapped("spring.elasticsearch.uris=https://es1.example.com:9201,https://es2.example.com",
						(context) -> nodes(context),
						List.of(URI.create("https://es1.example.com:9201"), URI.create("https://es2.example.com:443"))),
				mapped("spring.elasticsearch.uris=es.example.com:9200", (context) -> nodes(context),
						List.of(URI.create("http://es.example.com:9200"))),
				mapped("spring.elasticsearch.uris=https://alice:s3cret@es.example.com:9200",
						(context) -> details(context).getCredentials(), new ElasticCredentials.Basic("alice", "s3cret")),
				mapped("spring.elasticsearch.username=bob", (context) -> details(context).getCredentials(),
						new ElasticCredentials.Basic("bob", "pa55"), "spring.elasticsearch.password=pa55"),
				mapped("spring.elasticsearch.api-key=c2VjcmV0LWlkOnNlY3JldC1rZXk=",
						(context) -> details(context).getCredentials(),
						new ElasticCredentials.ApiKey("c2VjcmV0LWlkOnNlY3JldC1rZXk=")),
				mapped("spring.elasticsearch.path-prefix=/es", (context) -> details(context).getPathPrefix(), "/es"),
				mapped("spring.elasticsearch.connection-timeout=3s", (context) -> properties(context).getConnectTimeout(),
						Duration.ofSeconds(3)),
				mapped("spring.elasticsearch.socket-timeout=45s", (context) -> properties(context).getSocketTimeout(),
						Duration.ofSeconds(45)),
				mapped("spring.elasticsearch.socket-keep-alive=false", (context) -> properties(context).isTcpKeepAlive(),
						false),
				mapped("spring.elasticsearch.restclient.ssl.bundle=mine",
						(context) -> details(context).getSslBundle() != null, true,
						"spring.ssl.bundle.pem.mine.truststore.certificate=classpath:testcontainers/http_ca.crt"),
				mapped("spring.elasticsearch.restclient.ssl.verify-hostname=false",
						(context) -> properties(context).getSsl().getVerificationMode(), VerificationMode.CERTIFICATE),
				mapped("spring.elasticsearch.restclient.ssl.verify-hostname=true",
						(context) -> properties(context).getSsl().getVerificationMode(), VerificationMode.FULL),
				mapped("spring.elasticsearch.restclient.sniffer.enabled=true",
						(context) -> context.getBeansOfType(Sniffer.class).size(), 1,
						"spring.elasticsearch.restclient.sniffer.interval=10m"),
				mapped("spring.elasticsearch.restclient.sniffer.interval=7m",
						(context) -> properties(context).getSniffing().getInterval(), Duration.ofMinutes(7)),
				mapped("spring.elasticsearch.restclient.sniffer.delay-after-failure=2m",
						(context) -> properties(context).getSniffing().getDelayAfterFailure(), Duration.ofMinutes(2)));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("mappedProperties")
	void springBootPropertyHasTheSameEffect(String property, Extractor extractor, Object expected,
			String[] alongside) {
		this.runner.withPropertyValues(property).withPropertyValues(alongside).run((context) -> {
			assertThat(context).hasNotFailed();
			assertThat(extractor.extract(context)).isEqualTo(expected);
		});
	}

	@Test
	void withoutUrisTheNodeIsSpringBootsDefault() {
		this.runner.withPropertyValues("spring.elasticsearch.username=bob", "spring.elasticsearch.password=pa55")
			.run((context) -> assertThat(nodes(context)).containsExactly(URI.create("http://localhost:9200")));
	}

	@Test
	void anElasticPropertyWinsOverItsSpringBootCounterpart() {
		this.runner
			.withPropertyValues("spring.elasticsearch.uris=http://es.example.com:9200",
					"spring.elasticsearch.socket-timeout=45s", "elastic.socket-timeout=5s")
			.run((context) -> assertThat(properties(context).getSocketTimeout()).isEqualTo(Duration.ofSeconds(5)));
	}

	@Test
	void elasticHostsWinOverEverySpringBootProperty() {
		this.runner
			.withPropertyValues("elastic.hosts=http://mine.example.com:9200",
					"spring.elasticsearch.uris=http://theirs.example.com:9200", "spring.elasticsearch.username=bob",
					"spring.elasticsearch.password=pa55")
			.run((context) -> {
				assertThat(nodes(context)).containsExactly(URI.create("http://mine.example.com:9200"));
				assertThat(details(context).getCredentials()).isEqualTo(ElasticCredentials.NONE);
			});
	}

	@Test
	void usingSpringBootPropertiesIsLoggedOnceWithTheirReplacementsAndNoWarning(CapturedOutput output) {
		this.runner.withPropertyValues("spring.elasticsearch.uris=http://es.example.com:9200",
				"spring.elasticsearch.username=bob", "spring.elasticsearch.password=pa55-w0rd-secret")
			.run((context) -> assertThat(context).hasNotFailed());
		assertThat(output).containsOnlyOnce("Using Spring Boot's Elasticsearch configuration")
			.contains("spring.elasticsearch.uris (as elastic.hosts)")
			.contains("spring.elasticsearch.password (as elastic.password)")
			.doesNotContain("Ignoring")
			.doesNotContain("pa55-w0rd-secret");
	}

	@Test
	void springBootPropertiesBesideElasticHostsAreNamedInAWarning(CapturedOutput output) {
		this.runner
			.withPropertyValues("elastic.hosts=http://mine.example.com:9200",
					"spring.elasticsearch.uris=http://theirs.example.com:9200",
					"spring.elasticsearch.password=pa55-w0rd-secret")
			.run((context) -> assertThat(context).hasNotFailed());
		assertThat(output).contains("Ignoring Spring Boot's spring.elasticsearch.uris, spring.elasticsearch.password")
			.contains("'elastic.hosts' is set")
			.doesNotContain("Using Spring Boot's Elasticsearch configuration")
			.doesNotContain("pa55-w0rd-secret");
	}

	@Test
	void aSpringBootPropertyShadowedByItsElasticCounterpartIsNamedInAWarning(CapturedOutput output) {
		this.runner
			.withPropertyValues("spring.elasticsearch.uris=http://es.example.com:9200",
					"spring.elasticsearch.socket-timeout=45s", "elastic.socket-timeout=5s")
			.run((context) -> assertThat(context).hasNotFailed());
		assertThat(output).contains("Ignoring Spring Boot's spring.elasticsearch.socket-timeout")
			.contains("spring.elasticsearch.uris (as elastic.hosts)");
	}

	@Test
	void onlyElasticPropertiesLogNothingAboutSpringBoot(CapturedOutput output) {
		this.runner.withPropertyValues("elastic.hosts=http://mine.example.com:9200")
			.run((context) -> assertThat(context).hasNotFailed());
		assertThat(output).doesNotContain("Spring Boot's");
	}

	@Test
	void springBootsOwnAutoConfigurationBacksOffSoThereIsOnePool() {
		this.runner
			.withConfiguration(AutoConfigurations.of(ElasticsearchRestClientAutoConfiguration.class,
					ElasticsearchClientAutoConfiguration.class, JacksonAutoConfiguration.class))
			.withPropertyValues("spring.elasticsearch.uris=http://es.example.com:9200")
			.run((context) -> assertThat(context.getBeanNamesForType(Rest5Client.class))
				.containsExactly("elasticRestClient"));
	}

	@Test
	void aMistakeInAMappedValueNamesTheSpringBootProperty(CapturedOutput output) {
		assertThatException().isThrownBy(() -> startApplication("spring.elasticsearch.uris=http://es.example.com:9200",
				"spring.elasticsearch.socket-timeout=0"));
		assertThat(output).contains("APPLICATION FAILED TO START")
			.contains("Property: elastic.socket-timeout (taken from Spring Boot's 'spring.elasticsearch.socket-timeout')");
	}

	@Test
	void urisWithDifferentCredentialsStopStartUpWithoutShowingThem(CapturedOutput output) {
		assertThatException().isThrownBy(() -> startApplication(
				"spring.elasticsearch.uris=https://alice:first-s3cret@a.example.com,https://bob:second-s3cret@b.example.com"));
		assertThat(output).contains("APPLICATION FAILED TO START")
			.contains("Property: spring.elasticsearch.uris")
			.doesNotContain("first-s3cret")
			.doesNotContain("second-s3cret");
	}

	private static void startApplication(String... properties) {
		new SpringApplicationBuilder(EmptyApplication.class).web(WebApplicationType.NONE)
			.properties("spring.main.banner-mode=off")
			.properties(properties)
			.run()
			.close();
	}

	private static ElasticConnectionDetails details(AssertableApplicationContext context) {
		return context.getBean(ElasticConnectionDetails.class);
	}

	private static ElasticProperties properties(AssertableApplicationContext context) {
		return context.getBean(ElasticProperties.class);
	}

	private static List<URI> nodes(AssertableApplicationContext context) {
		return details(context).getNodes();
	}

	private static Arguments mapped(String property, Extractor extractor, Object expected, String... alongside) {
		return arguments(property, extractor, expected, alongside);
	}

	@FunctionalInterface
	interface Extractor {

		Object extract(AssertableApplicationContext context);

	}

	@Configuration(proxyBeanMethods = false)
	@ImportAutoConfiguration(ElasticAutoConfiguration.class)
	static class EmptyApplication {

	}

}
