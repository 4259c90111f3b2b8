package io.github.elasticstarter.scan;

import java.io.IOException;
import java.time.Duration;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.ErrorResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How a scan tells the server's answers apart, and how it writes its keep-alive.
 */
class PageSourcesTests {

	@ParameterizedTest
	@CsvSource({ "403, security_exception, true", "400, invalid_type_name_exception, true",
			"405, method_not_allowed, true", "404, index_not_found_exception, false", "500, internal_error, false",
			"429, es_rejected_execution_exception, false" })
	void scrollOnlyWhenTheServerRefusesAPointInTime(int status, String type, boolean scroll) {
		assertThat(PageSources.refusesPointInTime(error(status, type, null))).isEqualTo(scroll);
	}

	@Test
	void anIoErrorIsNoReasonToScroll() {
		assertThat(PageSources.refusesPointInTime(new IOException("connection reset"))).isFalse();
	}

	@Test
	void missingSearchContextIsRecognizedAsTheRootCauseOfAFailedPhase() {
		assertThat(PageSources.contextMissing(error(404, "search_phase_execution_exception",
				"search_context_missing_exception"))).isTrue();
		assertThat(PageSources.contextMissing(error(404, "search_context_missing_exception", null))).isTrue();
		assertThat(PageSources.contextMissing(error(400, "search_phase_execution_exception", "parsing_exception")))
			.isFalse();
	}

	@Test
	void keepAliveIsWrittenInSecondsWhenWhole() {
		assertThat(PageSources.time(Duration.ofMinutes(1)).time()).isEqualTo("60s");
		assertThat(PageSources.time(Duration.ofMillis(1500)).time()).isEqualTo("1500ms");
	}

	private static ElasticsearchException error(int status, String type, String rootCause) {
		return new ElasticsearchException("test", ErrorResponse.of((response) -> response.status(status)
			.error((error) -> {
				error.type(type).reason("test");
				if (rootCause != null) {
					error.rootCause((cause) -> cause.type(rootCause).reason("test"));
				}
				return error;
			})));
	}

}
