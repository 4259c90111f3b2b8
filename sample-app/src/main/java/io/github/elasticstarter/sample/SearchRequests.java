package io.github.elasticstarter.sample;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/**
 * The HTTP search of the function entry points without a Spring adapter (Google Cloud
 * Functions, Azure Functions): {@code GET ?q=zurich} answers a JSON array of up to
 * {@value SearchFunctionConfiguration#RESULT_SIZE} cities, and every failure an
 * {@code application/problem+json} body (RFC 9457) that says what went wrong, never a stack
 * trace: 400 for a missing, overlong or malformed query (one without a letter or digit), 405 for another method, 500 when the function
 * could not start (naming the property at fault), 503 when Elasticsearch cannot be reached.
 */
final class SearchRequests {

	/** The longest query accepted: a city name, not a document. */
	static final int MAX_QUERY_LENGTH = 200;

	private static final JsonMapper json = JsonMapper.builder().build();

	private SearchRequests() {
	}

	/**
	 * @param application the function's application, started once per process
	 * @param method the request's HTTP method
	 * @param query the {@code q} query parameter, if any
	 * @return the answer to send
	 */
	static Reply handle(FunctionApplication application, String method, @Nullable String query) {
		CitySearch search = application.search();
		if (search == null) {
			return problem(500, "The function could not start", String.valueOf(application.failure()));
		}
		if (!"GET".equals(method)) {
			return problem(405, "Method not allowed", "Search with GET ?q=<city name>, such as ?q=zurich.");
		}
		if (query == null || query.isBlank()) {
			return problem(400, "Missing query",
					"The query parameter 'q' is required: the city name to search for, such as ?q=zurich.");
		}
		if (query.codePoints().noneMatch(Character::isLetterOrDigit)) {
			return problem(400, "Malformed query", "The query parameter 'q' is a city name: it has no letter or digit.");
		}
		if (query.length() > MAX_QUERY_LENGTH) {
			return problem(400, "Query too long",
					"The query parameter 'q' is a city name of at most " + MAX_QUERY_LENGTH + " characters.");
		}
		try {
			return new Reply(200, "application/json",
					json.writeValueAsString(search.search(query, SearchFunctionConfiguration.RESULT_SIZE)));
		}
		catch (IOException ex) {
			return problem(503, "Elasticsearch is unreachable",
					"Elasticsearch is unreachable: " + ElasticsearchFailures.reason(ex));
		}
	}

	private static Reply problem(int status, String title, String detail) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("type", "about:blank");
		body.put("title", title);
		body.put("status", status);
		body.put("detail", detail);
		return new Reply(status, "application/problem+json", json.writeValueAsString(body));
	}

	/**
	 * An answer, whatever the platform.
	 *
	 * @param status the HTTP status
	 * @param contentType the body's media type
	 * @param body the body
	 */
	record Reply(int status, String contentType, String body) {
	}

}
