package io.github.elasticstarter.autoconfigure.clients;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.Set;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import io.github.elasticstarter.autoconfigure.ElasticAutoConfiguration;
import io.github.elasticstarter.autoconfigure.bulk.ElasticBulkAutoConfiguration;
import io.github.elasticstarter.bulk.ElasticBulk;
import io.github.elasticstarter.testsupport.RecordingServer;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.observation.DefaultMeterObservationHandler;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.BeanFactoryAnnotationUtils;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.cloud.context.environment.EnvironmentChangeEvent;
import org.springframework.core.env.MapPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * On the wire, each named client talks to its own server with its own credentials, tags its
 * metrics with its name, and rotates its own credentials.
 */
@ExtendWith(OutputCaptureExtension.class)
class NamedClientsWireTests {

	@RegisterExtension
	final RecordingServer archiveServer = RecordingServer.forEachTest();

	@RegisterExtension
	final RecordingServer searchServer = RecordingServer.forEachTest();

	@TempDir
	Path directory;

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(ElasticAutoConfiguration.class, JacksonAutoConfiguration.class,
				ElasticBulkAutoConfiguration.class, ElasticClientsAutoConfiguration.class));

	@Test
	void eachClientReachesOnlyItsOwnServerWithItsOwnCredentials() {
		clients().run((context) -> {
			get(context, "archive");
			assertThat(this.archiveServer.requests()).singleElement()
				.satisfies((request) -> assertThat(request.header("Authorization")).isEqualTo(basic("archivist:a-pw")));
			assertThat(this.searchServer.requests()).isEmpty();
			get(context, "search");
			get(context, "search");
			assertThat(this.searchServer.requests()).hasSize(2)
				.allSatisfy((request) -> assertThat(request.header("Authorization")).isEqualTo(basic("searcher:s-pw")));
			assertThat(this.archiveServer.requests()).hasSize(1);
		});
	}

	@Test
	void headersAndOtherPropertiesApplyToTheirClientOnly() {
		clients().withPropertyValues("elastic.clients.archive.headers.X-Team=archivists",
				"elastic.clients.search.compatibility-mode=false")
			.run((context) -> {
				get(context, "archive");
				get(context, "search");
			});
		assertThat(this.archiveServer.requests().get(0).header("X-Team")).isEqualTo("archivists");
		assertThat(this.archiveServer.requests().get(0).header("Accept")).contains("compatible-with");
		assertThat(this.searchServer.requests().get(0).header("X-Team")).isNull();
		assertThat(this.searchServer.requests().get(0).header("Accept")).isEqualTo("application/json");
	}

	@Test
	void observationsAndBulkMetersCarryTheClientsName() {
		MeterRegistry meters = new SimpleMeterRegistry();
		ObservationRegistry registry = ObservationRegistry.create();
		registry.observationConfig().observationHandler(new DefaultMeterObservationHandler(meters));
		clients().withPropertyValues("elastic.hosts=" + this.searchServer.url())
			.withBean(ObservationRegistry.class, () -> registry)
			.withBean(MeterRegistry.class, () -> meters)
			.run((context) -> {
				get(context, "archive");
				context.getBean(ElasticsearchClient.class).get((g) -> g.index("i").id("1"), Map.class);
				BeanFactoryAnnotationUtils.qualifiedBeanOfType(context.getBeanFactory(), ElasticBulk.class, "archive")
					.open("cities");
				context.getBean(ElasticBulk.class).open("cities");
			});
		assertThat(meters.get("elastic.client.requests").tag("client", "archive").timer().count()).isEqualTo(1);
		assertThat(meters.get("elastic.client.requests").tag("client", "default").timer().count()).isEqualTo(1);
		assertThat(meters.get("elastic.bulk.documents").tags("client", "archive", "load", "cities").counters())
			.hasSize(2);
		assertThat(meters.get("elastic.bulk.documents").tags("client", "default", "load", "cities").counters())
			.hasSize(2);
	}

	@Test
	void aNamedClientsCredentialFileIsReadAgainWhenItChanges() throws IOException {
		Path file = Files.writeString(this.directory.resolve("password"), "old-pw\n");
		this.runner
			.withPropertyValues("elastic.clients.archive.hosts=" + this.archiveServer.url(),
					"elastic.clients.archive.username=archivist", "elastic.clients.archive.password-file=" + file)
			.run((context) -> {
				get(context, "archive");
				Path next = Files.writeString(this.directory.resolve("password.next"), "new-pw\n");
				Files.move(next, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
				await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
					get(context, "archive");
					assertThat(lastAuthorization(this.archiveServer)).isEqualTo(basic("archivist:new-pw"));
				});
			});
	}

	@Test
	void aNamedClientsCredentialIsBoundAgainFromItsOwnPropertiesAfterARefresh() {
		clients().run((context) -> {
			context.getEnvironment()
				.getPropertySources()
				.addFirst(new MapPropertySource("refreshed", Map.of("elastic.clients.archive.password", "rotated-pw")));
			context.publishEvent(new EnvironmentChangeEvent(context, Set.of("elastic.clients.archive.password")));
			get(context, "archive");
			get(context, "search");
		});
		assertThat(lastAuthorization(this.archiveServer)).isEqualTo(basic("archivist:rotated-pw"));
		assertThat(lastAuthorization(this.searchServer)).isEqualTo(basic("searcher:s-pw"));
	}

	@Test
	void aRefreshedCaFingerprintOfANamedClientIsReadFromItsOwnProperty(CapturedOutput output) {
		clients().withPropertyValues("elastic.clients.archive.ssl.ca-fingerprint=" + "ab".repeat(32)).run((context) -> {
			context.getEnvironment()
				.getPropertySources()
				.addFirst(new MapPropertySource("refreshed",
						Map.of("elastic.clients.archive.ssl.ca-fingerprint", "not-a-fingerprint")));
			context.publishEvent(
					new EnvironmentChangeEvent(context, Set.of("elastic.clients.archive.ssl.ca-fingerprint")));
		});
		assertThat(output)
			.contains("Keeping the Elasticsearch CA fingerprint trusted so far: elastic.clients.archive.ssl.ca-fingerprint");
	}

	@Test
	void aNamedClientSniffsItsOwnCluster() {
		clients().withPropertyValues("elastic.clients.search.sniffing.enabled=true").run((context) -> {
			await().atMost(Duration.ofSeconds(10))
				.untilAsserted(() -> assertThat(this.searchServer.requests())
					.anySatisfy((request) -> assertThat(request.path()).isEqualTo("/_nodes/http")));
			assertThat(this.archiveServer.requests()).isEmpty();
		});
	}

	private ApplicationContextRunner clients() {
		return this.runner.withPropertyValues("elastic.clients.archive.hosts=" + this.archiveServer.url(),
				"elastic.clients.archive.username=archivist", "elastic.clients.archive.password=a-pw",
				"elastic.clients.search.hosts=" + this.searchServer.url(), "elastic.clients.search.username=searcher",
				"elastic.clients.search.password=s-pw");
	}

	private static void get(AssertableApplicationContext context, String client) throws IOException {
		BeanFactoryAnnotationUtils.qualifiedBeanOfType(context.getBeanFactory(), ElasticsearchClient.class, client)
			.get((g) -> g.index("i").id("1"), Map.class);
	}

	private static String lastAuthorization(RecordingServer server) {
		return server.requests().get(server.requests().size() - 1).header("Authorization");
	}

	private static String basic(String userAndPassword) {
		return "Basic " + Base64.getEncoder().encodeToString(userAndPassword.getBytes(StandardCharsets.UTF_8));
	}

}
