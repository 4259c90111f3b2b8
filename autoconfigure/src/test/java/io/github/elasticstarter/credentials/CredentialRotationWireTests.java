package io.github.elasticstarter.credentials;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import co.elastic.clients.elasticsearch.ElasticsearchAsyncClient;
import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch.core.GetResponse;
import io.github.elasticstarter.autoconfigure.ElasticAutoConfiguration;
import io.github.elasticstarter.testsupport.RecordingServer;
import io.github.elasticstarter.testsupport.RecordingServer.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.cloud.context.environment.EnvironmentChangeEvent;
import org.springframework.core.env.MapPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

/**
 * The credential of each request comes from the provider, so that a changed file, a property
 * refresh or a refresh after a 401 changes the {@code Authorization} header on the wire with
 * the same client.
 */
@ExtendWith(OutputCaptureExtension.class)
class CredentialRotationWireTests {

	private static final String OLD_KEY = "old-id:old-secret-1";

	private static final String NEW_KEY = "new-id:new-secret-2";

	@RegisterExtension
	final RecordingServer server = RecordingServer.forEachTest();

	@TempDir
	Path directory;

	@Test
	void changedApiKeyFileIsSentFromTheNextRequests() throws IOException {
		Path file = Files.writeString(this.directory.resolve("api-key"), OLD_KEY + "\n");
		runner("elastic.api-key-file=" + file).run((context) -> {
			assertThat(sendGet(context).header("Authorization")).isEqualTo(apiKey(OLD_KEY));
			replace(file, NEW_KEY);
			awaitHeader(context, apiKey(NEW_KEY), Duration.ofSeconds(5));
		});
	}

	@Test
	void kubernetesSecretSymlinkSwapIsFollowed() throws IOException {
		Path data = this.directory.resolve("..data");
		Files.createSymbolicLink(data, Files.createDirectory(this.directory.resolve("..2026_01")).getFileName());
		Files.writeString(data.resolve("api-key"), OLD_KEY);
		Path file = Files.createSymbolicLink(this.directory.resolve("api-key"), Path.of("..data", "api-key"));
		runner("elastic.api-key-file=" + file).run((context) -> {
			assertThat(sendGet(context).header("Authorization")).isEqualTo(apiKey(OLD_KEY));
			Path next = Files.createDirectory(this.directory.resolve("..2026_02"));
			Files.writeString(next.resolve("api-key"), NEW_KEY);
			Path swap = Files.createSymbolicLink(this.directory.resolve("..data_tmp"), next.getFileName());
			Files.move(swap, data, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
			awaitHeader(context, apiKey(NEW_KEY), Duration.ofSeconds(5));
		});
	}

	@Test
	void unreadableFileKeepsTheLastGoodCredentialAndWarns(CapturedOutput output) throws IOException {
		Path file = Files.writeString(this.directory.resolve("password"), "old-secret-1");
		runner("elastic.username=app", "elastic.password-file=" + file).run((context) -> {
			Files.writeString(file, "  \n");
			await().atMost(Duration.ofSeconds(15))
				.until(() -> output.toString().contains("Cannot read the Elasticsearch credential again"));
			assertThat(sendGet(context).header("Authorization")).isEqualTo(basic("app:old-secret-1"));
			Files.delete(file);
			await().atMost(Duration.ofSeconds(15)).until(() -> output.toString().contains("does not exist"));
			assertThat(sendGet(context).header("Authorization")).isEqualTo(basic("app:old-secret-1"));
		});
		assertThat(output).contains("elastic.password-file: the file '" + file + "' is empty")
			.doesNotContain("old-secret-1");
	}

	@Test
	void rejectedRequestWaitsForTheCredentialFileToFollow() throws Exception {
		Path file = Files.writeString(this.directory.resolve("password"), "old-secret-1");
		this.server.enqueueError(401);
		runner("elastic.username=app", "elastic.password-file=" + file).run((context) -> {
			CompletableFuture<GetResponse<Map>> get = context.getBean(ElasticsearchAsyncClient.class)
				.get((g) -> g.index("i").id("1"), Map.class);
			await().atMost(Duration.ofSeconds(10)).until(() -> this.server.requests().size() == 1);
			replace(file, "new-secret-2");
			assertThat(get.get(30, TimeUnit.SECONDS).found()).isTrue();
		});
		assertThat(this.server.requests()).extracting((request) -> request.header("Authorization"))
			.containsExactly(basic("app:old-secret-1"), basic("app:new-secret-2"));
	}

	@Test
	void propertyRefreshChangesTheCredential() {
		runner("elastic.api-key=" + OLD_KEY).run((context) -> {
			assertThat(sendGet(context).header("Authorization")).isEqualTo(apiKey(OLD_KEY));
			context.getEnvironment()
				.getPropertySources()
				.addFirst(new MapPropertySource("refreshed", Map.of("elastic.api-key", NEW_KEY)));
			context.publishEvent(new EnvironmentChangeEvent(context, Set.of("elastic.api-key")));
			assertThat(sendGet(context).header("Authorization")).isEqualTo(apiKey(NEW_KEY));
		});
	}

	@Test
	void refreshToAnInvalidPropertyKeepsTheLastGoodCredentialAndWarns(CapturedOutput output) {
		runner("elastic.api-key=" + OLD_KEY).run((context) -> {
			context.getEnvironment()
				.getPropertySources()
				.addFirst(new MapPropertySource("refreshed", Map.of("elastic.api-key", "ApiKey refreshed-secret-3")));
			context.publishEvent(new EnvironmentChangeEvent(context, Set.of("elastic.api-key")));
			assertThat(sendGet(context).header("Authorization")).isEqualTo(apiKey(OLD_KEY));
		});
		assertThat(output).contains("Cannot read the Elasticsearch credential again")
			.contains("elastic.api-key: the value starts with the 'ApiKey ' scheme")
			.doesNotContain("refreshed-secret-3")
			.doesNotContain("secret-1");
	}

	@Test
	void rejectedRequestIsSentOnceMoreWithTheRefreshedCredentialAndItsBody() {
		RotatingProvider provider = new RotatingProvider(OLD_KEY, NEW_KEY);
		this.server.enqueueError(401);
		runner().withBean(ElasticCredentialsProvider.class, () -> provider).run((context) -> {
			ElasticsearchClient client = context.getBean(ElasticsearchClient.class);
			assertThat(client.index((i) -> i.index("i").id("1").document(Map.of("a", 1))).version()).isEqualTo(1);
		});
		List<RecordedRequest> requests = this.server.requests();
		assertThat(requests).extracting((request) -> request.header("Authorization"))
			.containsExactly(apiKey(OLD_KEY), apiKey(NEW_KEY));
		assertThat(requests).extracting(RecordedRequest::bodyAsString).containsExactly("{\"a\":1}", "{\"a\":1}");
		assertThat(provider.refreshes).hasValue(1);
	}

	@Test
	void secondRejectionFailsNamingTheKindOfCredential(CapturedOutput output) {
		RotatingProvider provider = new RotatingProvider(OLD_KEY, NEW_KEY);
		this.server.enqueueError(401).enqueueError(401);
		runner().withBean(ElasticCredentialsProvider.class, () -> provider)
			.run((context) -> assertThatExceptionOfType(ElasticsearchException.class)
				.isThrownBy(() -> context.getBean(ElasticsearchClient.class).get((g) -> g.index("i").id("1"), Map.class))
				.satisfies((ex) -> assertThat(ex.status()).isEqualTo(401)));
		assertThat(this.server.requests()).hasSize(2);
		assertThat(output).contains("Elasticsearch rejected the API key this application sent (401 Unauthorized")
			.doesNotContain("secret-1")
			.doesNotContain("secret-2");
	}

	@Test
	void rejectionWithoutANewerCredentialIsNotSentAgain() {
		this.server.enqueueError(401);
		runner("elastic.api-key=" + OLD_KEY)
			.run((context) -> assertThatExceptionOfType(ElasticsearchException.class)
				.isThrownBy(() -> context.getBean(ElasticsearchClient.class).get((g) -> g.index("i").id("1"), Map.class)));
		assertThat(this.server.requests()).hasSize(1);
	}

	@Test
	void concurrentRejectionsShareOneRefresh() {
		int concurrent = 8;
		for (int i = 0; i < concurrent; i++) {
			this.server.enqueueError(401);
		}
		RotatingProvider provider = new RotatingProvider(OLD_KEY, NEW_KEY) {

			@Override
			public ElasticCredentials refresh() {
				// Hold the refresh until every request has been rejected, so that all wait for it.
				await().atMost(Duration.ofSeconds(20))
					.until(() -> CredentialRotationWireTests.this.server.requests().size() >= concurrent);
				return super.refresh();
			}

		};
		runner().withBean(ElasticCredentialsProvider.class, () -> provider).run((context) -> {
			ElasticsearchAsyncClient client = context.getBean(ElasticsearchAsyncClient.class);
			List<CompletableFuture<GetResponse<Map>>> gets = new ArrayList<>();
			for (int i = 0; i < concurrent; i++) {
				gets.add(client.get((g) -> g.index("i").id("1"), Map.class));
			}
			for (CompletableFuture<GetResponse<Map>> get : gets) {
				assertThat(get.get(30, TimeUnit.SECONDS).found()).isTrue();
			}
		});
		assertThat(provider.refreshes).hasValue(1);
		assertThat(this.server.requests()).extracting((request) -> request.header("Authorization"))
			.containsExactlyInAnyOrder(repeat(apiKey(OLD_KEY), concurrent, apiKey(NEW_KEY), concurrent));
	}

	private ApplicationContextRunner runner(String... properties) {
		return new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(JacksonAutoConfiguration.class, ElasticAutoConfiguration.class))
			.withPropertyValues("elastic.hosts=" + this.server.url())
			.withPropertyValues(properties);
	}

	private RecordedRequest sendGet(AssertableApplicationContext context) throws IOException {
		assertThat(context).hasNotFailed();
		assertThat(context.getBean(ElasticsearchClient.class).get((g) -> g.index("i").id("1"), Map.class).found())
			.isTrue();
		List<RecordedRequest> requests = this.server.requests();
		return requests.get(requests.size() - 1);
	}

	private void awaitHeader(AssertableApplicationContext context, String expected, Duration within) {
		await().atMost(within)
			.pollInterval(Duration.ofMillis(50))
			.until(() -> expected.equals(sendGet(context).header("Authorization")));
	}

	/**
	 * Replace a file the way secret tools do: write a new file and move it over the old one.
	 */
	private void replace(Path file, String content) throws IOException {
		Path next = Files.writeString(this.directory.resolve(file.getFileName() + ".next"), content);
		Files.move(next, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
	}

	private static String[] repeat(String first, int firstCount, String second, int secondCount) {
		List<String> values = new ArrayList<>();
		for (int i = 0; i < firstCount; i++) {
			values.add(first);
		}
		for (int i = 0; i < secondCount; i++) {
			values.add(second);
		}
		return values.toArray(String[]::new);
	}

	private static String apiKey(String idAndSecret) {
		return "ApiKey " + base64(idAndSecret);
	}

	private static String basic(String userAndPassword) {
		return "Basic " + base64(userAndPassword);
	}

	private static String base64(String value) {
		return Base64.getEncoder().encodeToString(value.getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * A provider whose refresh moves from the old key to the new one, counting refreshes.
	 */
	static class RotatingProvider implements ElasticCredentialsProvider {

		final AtomicInteger refreshes = new AtomicInteger();

		private final ElasticCredentials next;

		private volatile ElasticCredentials current;

		RotatingProvider(String current, String next) {
			this.current = key(current);
			this.next = key(next);
		}

		private static ElasticCredentials key(String idAndSecret) {
			int colon = idAndSecret.indexOf(':');
			return ElasticCredentials.ApiKey.of(idAndSecret.substring(0, colon), idAndSecret.substring(colon + 1));
		}

		@Override
		public ElasticCredentials getCredentials() {
			return this.current;
		}

		@Override
		public ElasticCredentials refresh() {
			this.refreshes.incrementAndGet();
			this.current = this.next;
			return this.current;
		}

	}

}
