package io.github.elasticstarter.curl;

import java.io.IOException;
import java.net.URISyntaxException;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.github.elasticstarter.credentials.ElasticCredentialsProvider;
import io.github.elasticstarter.http.ForwardingExecCallback;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.apache.hc.client5.http.async.AsyncExecCallback;
import org.apache.hc.client5.http.async.AsyncExecChain;
import org.apache.hc.client5.http.async.AsyncExecChainHandler;
import org.apache.hc.core5.http.EntityDetails;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpException;
import org.apache.hc.core5.http.HttpRequest;
import org.apache.hc.core5.http.HttpResponse;
import org.apache.hc.core5.http.nio.AsyncDataConsumer;
import org.apache.hc.core5.http.nio.AsyncEntityProducer;
import org.jspecify.annotations.Nullable;

import org.springframework.util.unit.DataSize;

/**
 * Writes each request as a runnable {@code curl} command, with its response status and time,
 * to the logger {@value #LOGGER_NAME} at DEBUG. It sits in the HTTP client's chain just after
 * the handler that sets the {@code Authorization} header, so it sees the headers as sent and
 * each resend after a 401; retries further down the chain show as one line with the final
 * status. When the logger is not at DEBUG, a request costs one level check.
 */
public final class CurlLogExecHandler implements AsyncExecChainHandler {

	/**
	 * The handler's name in the HTTP client's execution chain.
	 */
	public static final String NAME = "elastic-curl-log";

	/**
	 * The logger that writes the commands, at DEBUG.
	 */
	public static final String LOGGER_NAME = "io.github.elasticstarter.curl";

	private static final Log logger = LogFactory.getLog(LOGGER_NAME);

	private final ElasticCredentialsProvider credentials;

	private final int maxBodySize;

	/**
	 * Create a handler that redacts the credentials of the given provider.
	 * @param credentials the provider of the credential sent with each request
	 * @param maxBodySize the largest request body written in full
	 */
	public CurlLogExecHandler(ElasticCredentialsProvider credentials, DataSize maxBodySize) {
		this.credentials = credentials;
		this.maxBodySize = (int) Math.min(Integer.MAX_VALUE - 8, maxBodySize.toBytes());
	}

	@Override
	public void execute(HttpRequest request, @Nullable AsyncEntityProducer entityProducer,
			AsyncExecChain.Scope scope, AsyncExecChain chain, AsyncExecCallback callback)
			throws HttpException, IOException {
		if (!logger.isDebugEnabled()) {
			chain.proceed(request, entityProducer, scope, callback);
			return;
		}
		// The chain below adds headers to this same request: take the ones the client set now.
		Header[] headers = request.getHeaders();
		CapturingEntityProducer body = (entityProducer != null)
				? new CapturingEntityProducer(entityProducer, this.maxBodySize) : null;
		// The credential the previous handler just put in the Authorization header.
		Map<String, String> secrets = SecretPlaceholders.of(this.credentials.getCredentials());
		Sent sent = new Sent(request.getMethod(), uri(request), headers, body, secrets, System.nanoTime());
		chain.proceed(request, body, scope, new ForwardingExecCallback(callback) {

			private volatile int status;

			@Override
			public AsyncDataConsumer handleResponse(HttpResponse response, EntityDetails entityDetails)
					throws HttpException, IOException {
				this.status = response.getCode();
				return super.handleResponse(response, entityDetails);
			}

			@Override
			public void completed() {
				log(sent, this.status + " in " + sent.elapsedMillis() + " ms");
				super.completed();
			}

			@Override
			public void failed(Exception cause) {
				log(sent, "failed after " + sent.elapsedMillis() + " ms: " + cause.getClass().getName());
				super.failed(cause);
			}

		});
	}

	private void log(Sent sent, String outcome) {
		try {
			CurlLine line = new CurlLine(sent.secrets())
				.request(sent.method(), sent.uri())
				.headers(sent.headers(), (sent.body() != null) ? sent.body().getContentType() : null);
			if (sent.body() != null) {
				line.body(sent.body().sent(), this.maxBodySize);
			}
			logger.debug(line.line(outcome));
		}
		catch (RuntimeException ex) {
			// The log must never fail the request; say which request could not be written.
			logger.debug("Could not write a " + sent.method() + " request as a curl command ("
					+ ex.getClass().getName() + ")");
		}
	}

	private static String uri(HttpRequest request) {
		try {
			return request.getUri().toString();
		}
		catch (URISyntaxException ex) {
			return request.getRequestUri();
		}
	}

	private record Sent(String method, String uri, Header[] headers, @Nullable CapturingEntityProducer body,
			Map<String, String> secrets, long startNanos) {

		long elapsedMillis() {
			return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - this.startNanos);
		}

	}

}
