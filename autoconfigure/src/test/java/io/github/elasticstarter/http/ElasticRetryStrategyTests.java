package io.github.elasticstarter.http;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ElasticRetryStrategyTests {

	@Test
	void retryBackoffDoublesUpToItsBound() {
		ElasticRetryStrategy retry = new ElasticRetryStrategy(5, List.of(503), Duration.ofMillis(100),
				Duration.ofMillis(350));
		assertThat(retry.backoff(1)).hasMillis(100);
		assertThat(retry.backoff(2)).hasMillis(200);
		assertThat(retry.backoff(3)).hasMillis(350);
		assertThat(retry.backoff(40)).hasMillis(350);
	}

}
