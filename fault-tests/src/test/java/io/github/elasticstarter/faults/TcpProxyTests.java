package io.github.elasticstarter.faults;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * What fails on a thread of the proxy reaches the test instead of vanishing with the thread.
 */
class TcpProxyTests {

	@Test
	void aFailureOnAProxyThreadIsRethrownToTheTest() throws Exception {
		try (TcpProxy proxy = new TcpProxy(1)) {
			proxy.start("failing-proxy-thread", () -> {
				throw new IllegalStateException("pump broke");
			});

			await("the failure to be recorded").atMost(Duration.ofSeconds(10))
				.untilAsserted(() -> assertThatThrownBy(proxy::rethrowThreadFailures).isInstanceOf(AssertionError.class)
					.hasMessageContaining("TCP proxy on port " + proxy.port())
					.cause()
					.isInstanceOf(IllegalStateException.class)
					.hasMessage("pump broke"));
			assertThatCode(proxy::rethrowThreadFailures).as("reported once").doesNotThrowAnyException();
		}
	}

	@Test
	void closeRethrowsAFailureNotReportedYet() throws Exception {
		TcpProxy proxy = new TcpProxy(1);
		proxy.start("failing-proxy-thread", () -> {
			throw new IllegalStateException("accept broke");
		});
		await("the thread to end").atMost(Duration.ofSeconds(10))
			.until(() -> Thread.getAllStackTraces().keySet().stream()
				.noneMatch((thread) -> thread.getName().equals("failing-proxy-thread")));

		assertThatThrownBy(proxy::close).isInstanceOf(AssertionError.class)
			.cause()
			.hasMessage("accept broke");
	}

}
