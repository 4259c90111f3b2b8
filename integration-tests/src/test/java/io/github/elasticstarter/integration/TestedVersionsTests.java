package io.github.elasticstarter.integration;

import co.elastic.clients.transport.Version;
import org.apache.hc.client5.http.impl.async.HttpAsyncClients;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.boot.SpringBootVersion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A compatibility cell runs on the versions it names: an override that Maven silently ignored
 * (a misspelt property, one that does not reach an imported BOM) would otherwise test the defaults
 * again under another name. {@code .ci/matrix} passes the expectations as {@code -D} properties,
 * which Surefire hands on to the test JVM.
 */
@Tag("smoke")
class TestedVersionsTests {

	@Test
	void springBootIsTheOneTheBuildAskedFor() {
		assertThat(SpringBootVersion.getVersion()).isEqualTo(System.getProperty("spring-boot.version"));
	}

	@Test
	void elasticsearchClientIsTheExpectedOne() {
		String expected = System.getProperty("expected.elasticsearch-client.version");
		assumeTrue(expected != null, "no client version expected outside a compatibility cell");
		assertThat(Version.VERSION).hasToString(expected);
	}

	@Test
	void javaIsTheExpectedFeatureRelease() {
		String expected = System.getProperty("expected.java.version");
		assumeTrue(expected != null, "no Java version expected outside a compatibility cell");
		assertThat(Runtime.version().feature()).isEqualTo(Integer.parseInt(expected));
	}

	@Test
	void httpClientComesFromTheManagedVersion() {
		String expected = System.getProperty("expected.httpclient5.version");
		assumeTrue(expected != null, "no HttpClient version expected outside a compatibility cell");
		assertThat(HttpAsyncClients.class.getPackage().getImplementationVersion()).isEqualTo(expected);
	}

}
