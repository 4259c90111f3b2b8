package io.github.elasticstarter.sample;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Function;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The search as a function, for Spring Cloud Function and so for AWS Lambda (handler
 * {@code org.springframework.cloud.function.adapter.aws.FunctionInvoker},
 * {@code spring.cloud.function.definition=searchCities}).
 * <p>
 * The function closes over the singleton {@link CitySearch}, and so over the starter's
 * singleton synchronous client, built once at start-up outside the handler: every invocation
 * of a warm function reuses the pooled connections instead of opening new ones.
 */
@Configuration(proxyBeanMethods = false)
class SearchFunctionConfiguration {

	/** How many cities one invocation returns. */
	static final int RESULT_SIZE = 10;

	@Bean
	Function<String, List<CityHit>> searchCities(CitySearch cities) {
		return (name) -> {
			if (name == null || name.codePoints().noneMatch(Character::isLetterOrDigit)) {
				// Empty, blank or no name at all: the adapter reports it to Lambda as the invocation's error.
				throw new IllegalArgumentException(
						"The event must be the city name to search for, as a JSON string such as \"zurich\"");
			}
			try {
				return cities.search(name, RESULT_SIZE);
			}
			catch (IOException ex) {
				// A Function cannot throw checked exceptions; the invoker reports the failure to the platform.
				throw new UncheckedIOException("Elasticsearch is unreachable: " + ElasticsearchFailures.reason(ex), ex);
			}
		};
	}

}
