package io.github.elasticstarter.sample;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

import com.microsoft.azure.functions.ExecutionContext;
import com.microsoft.azure.functions.HttpMethod;
import com.microsoft.azure.functions.HttpRequestMessage;
import com.microsoft.azure.functions.HttpResponseMessage;
import com.microsoft.azure.functions.HttpStatus;
import com.microsoft.azure.functions.HttpStatusType;
import org.jspecify.annotations.Nullable;

/**
 * An HTTP trigger's request as the Azure Functions Java worker hands it to the function
 * ({@code HttpRequestMessage<Optional<String>>} with its response builder), and the
 * invocation's {@link ExecutionContext}: the worker is not published, so a test plays its part.
 *
 * @param method the request's method
 * @param query its query parameters
 */
record AzureHttpRequest(HttpMethod method, Map<String, String> query) implements HttpRequestMessage<Optional<String>> {

	@Override
	public URI getUri() {
		return URI.create("http://localhost:7071/api/cities/search");
	}

	@Override
	public HttpMethod getHttpMethod() {
		return this.method;
	}

	@Override
	public Map<String, String> getHeaders() {
		return Map.of();
	}

	@Override
	public Map<String, String> getQueryParameters() {
		return this.query;
	}

	@Override
	public Optional<String> getBody() {
		return Optional.empty();
	}

	@Override
	public HttpResponseMessage.Builder createResponseBuilder(HttpStatus status) {
		return new Response.Builder(status);
	}

	@Override
	public HttpResponseMessage.Builder createResponseBuilder(HttpStatusType status) {
		return new Response.Builder(status);
	}

	static ExecutionContext context(String invocationId) {
		return new ExecutionContext() {

			@Override
			public Logger getLogger() {
				return Logger.getLogger(AzureSearchFunction.NAME);
			}

			@Override
			public String getInvocationId() {
				return invocationId;
			}

			@Override
			public String getFunctionName() {
				return AzureSearchFunction.NAME;
			}

		};
	}

	/** A response, as the worker's builder makes it. */
	record Response(HttpStatusType getStatus, Map<String, String> headers, @Nullable Object getBody)
			implements HttpResponseMessage {

		@Override
		public String getHeader(String name) {
			return this.headers.get(name);
		}

		static final class Builder implements HttpResponseMessage.Builder {

			private HttpStatusType status;

			private final Map<String, String> headers = new HashMap<>();

			private @Nullable Object body;

			Builder(HttpStatusType status) {
				this.status = status;
			}

			@Override
			public HttpResponseMessage.Builder status(HttpStatusType status) {
				this.status = status;
				return this;
			}

			@Override
			public HttpResponseMessage.Builder header(String name, String value) {
				this.headers.put(name, value);
				return this;
			}

			@Override
			public HttpResponseMessage.Builder body(@Nullable Object body) {
				this.body = body;
				return this;
			}

			@Override
			public HttpResponseMessage build() {
				return new Response(this.status, Map.copyOf(this.headers), this.body);
			}

		}

	}

}
