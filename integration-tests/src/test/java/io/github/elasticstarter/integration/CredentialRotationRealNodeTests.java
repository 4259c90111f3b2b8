package io.github.elasticstarter.integration;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import io.github.elasticstarter.integration.ContinuousAuthentication.Call;
import io.github.elasticstarter.localnode.ApiKey;
import io.github.elasticstarter.localnode.LocalElasticsearch;
import io.github.elasticstarter.localnode.NodeSecurity;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.cloud.context.environment.EnvironmentChangeEvent;
import org.springframework.core.env.MapPropertySource;

import static io.github.elasticstarter.integration.ContinuousAuthentication.CALLS_PER_PHASE;
import static io.github.elasticstarter.integration.ContinuousAuthentication.NODE_STARTUP;
import static io.github.elasticstarter.integration.ContinuousAuthentication.THREADS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

/**
 * Credentials rotate under load without a restart and without a failed request: 8 threads
 * authenticate continuously while the credential changes, and every call that starts after the
 * switch is complete authenticates as the new identity. On a node of its own, with the token
 * service on (tokens live 20 s) and a trial licence, so that the file-realm users and the
 * licence of the shared nodes stay as they are.
 */
@ExtendWith(OutputCaptureExtension.class)
class CredentialRotationRealNodeTests {

	private static LocalElasticsearch node;

	@TempDir
	Path directory;

	@BeforeAll
	static void startNode() {
		node = LocalElasticsearch.builder()
			.setting("xpack.security.authc.token.enabled", "true")
			.setting("xpack.security.authc.token.timeout", "20s")
			.startupTimeout(NODE_STARTUP)
			.start();
		node.security().startTrial();
	}

	@AfterAll
	static void stopNode() {
		if (node != null) {
			node.stop();
		}
	}

	@Test
	void apiKeyFileReplacedAndOldKeyInvalidated(CapturedOutput output) throws Exception {
		ApiKey oldKey = node.createApiKey("rotation-file-old");
		ApiKey newKey = node.createApiKey("rotation-file-new");
		Path file = write("api-key", oldKey.encoded());
		rotateUnderLoad("1 (API key file)", onNode("elastic.api-key-file=" + file), "API key " + oldKey.id(),
				"API key " + newKey.id(), (context) -> {
					replace(file, newKey.encoded());
					node.security().invalidateApiKey(oldKey.id());
				});
		assertNoSecretIn(output);
	}

	@Test
	void apiKeyPropertyRefreshedAndOldKeyInvalidated(CapturedOutput output) throws Exception {
		ApiKey oldKey = node.createApiKey("rotation-property-old");
		ApiKey newKey = node.createApiKey("rotation-property-new");
		rotateUnderLoad("2 (property refresh)", onNode("elastic.api-key=" + oldKey.encoded()), "API key " + oldKey.id(),
				"API key " + newKey.id(), (context) -> {
					context.getEnvironment()
						.getPropertySources()
						.addFirst(new MapPropertySource("rotated", Map.of("elastic.api-key", newKey.encoded())));
					context.publishEvent(new EnvironmentChangeEvent(context));
					node.security().invalidateApiKey(oldKey.id());
				});
		assertNoSecretIn(output);
	}

	@Test
	void fileRealmPasswordChangedAndPasswordFileFollows(CapturedOutput output) throws Exception {
		NodeSecurity security = node.security();
		String user = "rotation-password-user";
		String oldPassword = fileRealmUser(user);
		String newPassword = "new-password-" + System.nanoTime();
		Path file = write("password", oldPassword);
		String identity = user + " (realm)";
		rotateUnderLoad("3 (file-realm password)", onNode("elastic.username=" + user, "elastic.password-file=" + file),
				identity, identity, (context) -> {
					security.changeFileRealmPassword(user, newPassword);
					replace(file, newPassword);
				});
		onNode("elastic.username=" + user, "elastic.password=" + oldPassword)
			.run((context) -> assertThatExceptionOfType(ElasticsearchException.class)
				.isThrownBy(() -> context.getBean(ElasticsearchClient.class).security().authenticate())
				.satisfies((ex) -> assertThat(ex.status()).isEqualTo(401)));
		assertNoSecretIn(output);
	}

	@Test
	void bearerTokenExpiresAndItsReplacementIsProvided(CapturedOutput output) throws Exception {
		NodeSecurity security = node.security();
		String user = "rotation-token-user";
		String password = fileRealmUser(user);
		String oldToken = security.createAccessToken(node.superuserName(), node.superuserPassword());
		Path file = write("token", oldToken);
		rotateUnderLoad("4 (bearer token)", onNode("elastic.bearer-token-file=" + file),
				node.superuserName() + " (token)", user + " (token)", (context) -> {
					await().atMost(Duration.ofSeconds(60))
						.pollInterval(Duration.ofMillis(100))
						.until(() -> !security.accepts("Bearer " + oldToken));
					replace(file, security.createAccessToken(user, password));
				});
		assertNoSecretIn(output);
	}

	private void rotateUnderLoad(String proof, ApplicationContextRunner runner, String oldIdentity,
			String newIdentity, ThrowingConsumer<AssertableApplicationContext> rotation) {
		runner.run((context) -> {
			assertThat(context).hasNotFailed();
			long switched;
			List<Call> calls;
			List<Exception> failures;
			try (ContinuousAuthentication load = new ContinuousAuthentication(
					context.getBean(ElasticsearchClient.class))) {
				load.awaitAnotherPhase();
				rotation.accept(context);
				switched = System.nanoTime();
				load.awaitAnotherPhase();
				load.close();
				calls = load.calls();
				failures = load.failures();
			}
			List<Call> after = calls.stream().filter((call) -> call.startedAfter(switched)).toList();
			System.out.println("Rotation proof " + proof + ": " + calls.size() + " requests on " + THREADS
					+ " threads, " + after.size() + " started after the switch, " + failures.size() + " failed");
			assertThat(failures).isEmpty();
			assertThat(calls).extracting(Call::identity).contains(oldIdentity);
			assertThat(after).hasSizeGreaterThanOrEqualTo(CALLS_PER_PHASE / 2)
				.extracting(Call::identity)
				.containsOnly(newIdentity);
		});
	}

	/**
	 * Add a superuser to the node's file realm.
	 * @return its password
	 */
	private static String fileRealmUser(String name) {
		String password = name + "-password-" + System.nanoTime();
		node.security().addFileRealmUser(name, password, "superuser");
		return password;
	}

	private ApplicationContextRunner onNode(String... credentials) {
		return RealNode.runner().withPropertyValues("elastic.hosts=" + node.baseUri()).withPropertyValues(credentials);
	}

	private Path write(String name, String content) throws IOException {
		return Files.writeString(this.directory.resolve(name), content + "\n");
	}

	/**
	 * Replace a file the way secret tools do: write a new file and move it over the old one.
	 */
	private void replace(Path file, String content) throws IOException {
		Path next = Files.writeString(this.directory.resolve(file.getFileName() + ".next"), content + "\n");
		Files.move(next, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
	}

	private static void assertNoSecretIn(CapturedOutput output) {
		assertThat(LocalElasticsearch.issuedSecrets()).isNotEmpty()
			.allSatisfy((secret) -> assertThat(output.toString()).doesNotContain(secret));
	}

	@FunctionalInterface
	interface ThrowingConsumer<T> {

		void accept(T value) throws Exception;

	}

}
