package io.github.elasticstarter.autoconfigure;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import io.github.elasticstarter.http.ElasticClientBuilderCustomizer;
import io.github.elasticstarter.testsupport.RecordingServer;
import io.github.elasticstarter.testsupport.RecordingServer.RecordedRequest;
import org.apache.hc.client5.http.impl.async.HttpAsyncClientBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Boots the auto-configuration against a {@link RecordingServer} and checks what the client
 * really puts on the wire: credentials, content-type headers, compression, custom headers,
 * path prefix and application customizers.
 */
class ElasticClientWireTests {

	private static final String COMPATIBLE_JSON = RecordingServer.COMPATIBLE_JSON;

	private static final String PLAIN_JSON = "application/json";

	@RegisterExtension
	final RecordingServer server = RecordingServer.forEachTest();


	@Test
	void usernameAndPasswordAreSentAsBasicAuthorization() {
		RecordedRequest request = get("elastic.username=elastic", "elastic.password=s3cr3t:pw");
		assertThat(request.headers("Authorization"))
			.containsExactly("Basic " + base64("elastic:s3cr3t:pw"));
	}

	@Test
	void encodedApiKeyIsSentAsIs() {
		String encoded = base64("key-id:key-secret");
		RecordedRequest request = get("elastic.api-key=" + encoded);
		assertThat(request.headers("Authorization")).containsExactly("ApiKey " + encoded);
	}

	@Test
	void apiKeyIdAndSecretAreEncoded() {
		RecordedRequest request = get("elastic.api-key=key-id:key-secret");
		assertThat(request.headers("Authorization")).containsExactly("ApiKey " + base64("key-id:key-secret"));
	}

	@Test
	void bearerTokenIsSentAsBearerAuthorization() {
		RecordedRequest request = get("elastic.bearer-token=AAEAAWVsYXN0aWMvdG9rZW4");
		assertThat(request.headers("Authorization")).containsExactly("Bearer AAEAAWVsYXN0aWMvdG9rZW4");
	}

	@Test
	void noAuthorizationHeaderWithoutCredentials() {
		RecordedRequest request = get();
		assertThat(request.headers()).doesNotContainKey("Authorization");
	}

	@Test
	void requestWithBodySendsCompatibilityHeadersByDefault() {
		RecordedRequest request = index();
		assertThat(request.method()).isEqualTo("PUT");
		assertThat(request.headers("Accept")).containsExactly(COMPATIBLE_JSON);
		assertThat(request.headers("Content-Type")).containsExactly(COMPATIBLE_JSON);
		assertThat(request.bodyAsString()).isEqualTo("{\"a\":1}");
	}

	@Test
	void requestWithoutBodySendsCompatibleAcceptByDefault() {
		RecordedRequest request = get();
		assertThat(request.method()).isEqualTo("GET");
		assertThat(request.body()).isEmpty();
		assertThat(request.headers("Accept")).containsExactly(COMPATIBLE_JSON);
	}

	@Test
	void compatibilityModeOffSendsPlainJson() {
		RecordedRequest request = index("elastic.compatibility-mode=false");
		assertThat(request.headers("Accept")).containsExactly(PLAIN_JSON);
		assertThat(request.headers("Content-Type")).containsExactly(PLAIN_JSON);
	}

	@Test
	void apiVersioningVariableFalseOverridesCompatibilityModeTrue() {
		RecordedRequest request = index("elastic.compatibility-mode=true", "ELASTIC_CLIENT_APIVERSIONING=false");
		assertThat(request.headers("Accept")).containsExactly(PLAIN_JSON);
		assertThat(request.headers("Content-Type")).containsExactly(PLAIN_JSON);
	}

	@Test
	void apiVersioningVariableTrueOverridesCompatibilityModeFalse() {
		RecordedRequest request = index("elastic.compatibility-mode=false", "ELASTIC_CLIENT_APIVERSIONING=true");
		assertThat(request.headers("Accept")).containsExactly(COMPATIBLE_JSON);
		assertThat(request.headers("Content-Type")).containsExactly(COMPATIBLE_JSON);
	}

	@Test
	void serverlessSendsApiVersionAndPlainJson() {
		RecordedRequest request = index("elastic.server-mode=serverless");
		assertThat(request.headers("elastic-api-version")).containsExactly("2023-10-31");
		assertThat(request.headers("Accept")).containsExactly(PLAIN_JSON);
		assertThat(request.headers("Content-Type")).containsExactly(PLAIN_JSON);
	}

	@Test
	void compressionGzipsTheRequestBody() throws IOException {
		RecordedRequest request = index("elastic.compression=true");
		assertThat(request.headers("Content-Encoding")).containsExactly("gzip");
		assertThat(String.join(",", request.headers("Accept-Encoding"))).contains("gzip");
		assertThat(gunzip(request.body())).isEqualTo("{\"a\":1}");
	}

	@Test
	void requestBodyIsNotCompressedByDefault() {
		RecordedRequest request = index();
		assertThat(request.headers()).doesNotContainKey("Content-Encoding");
		assertThat(request.bodyAsString()).isEqualTo("{\"a\":1}");
	}

	@Test
	void configuredHeadersAndOpaqueIdAreSent() {
		RecordedRequest request = get("elastic.headers.X-Team=search", "elastic.opaque-id=abc");
		assertThat(request.headers("X-Team")).containsExactly("search");
		assertThat(request.headers("X-Opaque-Id")).containsExactly("abc");
	}

	@Test
	void metaHeaderIsSentByDefault() {
		RecordedRequest request = get();
		assertThat(request.headers("X-Elastic-Client-Meta")).singleElement().asString().contains("es=");
	}

	@Test
	void metaHeaderCanBeTurnedOff() {
		RecordedRequest request = get("elastic.meta-header=false");
		assertThat(request.headers()).doesNotContainKey("X-Elastic-Client-Meta");
	}

	@Test
	void pathPrefixPrecedesTheApiPath() {
		RecordedRequest request = get("elastic.path-prefix=/es");
		assertThat(request.path()).isEqualTo("/es/i/_doc/1");
	}

	@Test
	void cloudIdResolvesToHttpsNodeWithCompressionOn() {
		String cloudId = "name:" + base64("localhost:" + this.server.port() + "$abc$def");
		new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(ElasticAutoConfiguration.class))
			.withPropertyValues("elastic.cloud-id=" + cloudId)
			.run((context) -> {
				ElasticConnectionDetails details = context.getBean(ElasticConnectionDetails.class);
				assertThat(details.getNodes()).containsExactly(URI.create("https://abc.localhost:" + this.server.port()));
				assertThat(details.isElasticCloud()).isTrue();
				assertThat(context.getBean(PropertiesClientBuilderCustomizer.class).compression()).isTrue();
			});
	}

	@Test
	void portPropertyOverridesTheCloudIdPort() {
		String cloudId = "name:" + base64("localhost:" + this.server.port() + "$abc$def");
		new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(ElasticAutoConfiguration.class))
			.withPropertyValues("elastic.cloud-id=" + cloudId, "elastic.port=9243")
			.run((context) -> assertThat(context.getBean(ElasticConnectionDetails.class).getNodes())
				.containsExactly(URI.create("https://abc.localhost:9243")));
	}

	@Test
	void applicationCustomizerIsApplied() {
		ElasticClientBuilderCustomizer customizer = new ElasticClientBuilderCustomizer() {
			@Override
			public void customize(HttpAsyncClientBuilder builder) {
				builder.addRequestInterceptorFirst((request, entity, context) -> request.setHeader("X-Custom", "1"));
			}
		};
		runner().withBean(ElasticClientBuilderCustomizer.class, () -> customizer)
			.run((context) -> context.getBean(ElasticsearchClient.class).get((g) -> g.index("i").id("1"), Map.class));
		assertThat(onlyRequest().headers("X-Custom")).containsExactly("1");
	}

	private ApplicationContextRunner runner(String... properties) {
		return new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(JacksonAutoConfiguration.class, ElasticAutoConfiguration.class))
			.withPropertyValues("elastic.hosts=" + this.server.url())
			.withPropertyValues(properties);
	}

	private RecordedRequest get(String... properties) {
		runner(properties).run((context) -> {
			assertThat(context).hasNotFailed();
			assertThat(context.getBean(ElasticsearchClient.class).get((g) -> g.index("i").id("1"), Map.class).found())
				.isTrue();
		});
		RecordedRequest request = onlyRequest();
		assertThat(request.path()).endsWith("/i/_doc/1");
		return request;
	}

	private RecordedRequest index(String... properties) {
		runner(properties).run((context) -> {
			assertThat(context).hasNotFailed();
			ElasticsearchClient client = context.getBean(ElasticsearchClient.class);
			assertThat(client.index((i) -> i.index("i").id("1").document(Map.of("a", 1))).version()).isEqualTo(1);
		});
		RecordedRequest request = onlyRequest();
		assertThat(request.path()).isEqualTo("/i/_doc/1");
		return request;
	}

	private RecordedRequest onlyRequest() {
		List<RecordedRequest> requests = this.server.requests();
		assertThat(requests).hasSize(1);
		return requests.get(0);
	}

	private static String base64(String value) {
		return Base64.getEncoder().encodeToString(value.getBytes(StandardCharsets.UTF_8));
	}

	private static String gunzip(byte[] body) throws IOException {
		try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}
