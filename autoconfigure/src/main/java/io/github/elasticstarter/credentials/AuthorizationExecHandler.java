package io.github.elasticstarter.credentials;

import java.io.IOException;

import io.github.elasticstarter.http.ForwardingExecCallback;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.apache.hc.client5.http.async.AsyncExecCallback;
import org.apache.hc.client5.http.async.AsyncExecChain;
import org.apache.hc.client5.http.async.AsyncExecChainHandler;
import org.apache.hc.core5.http.EntityDetails;
import org.apache.hc.core5.http.HttpException;
import org.apache.hc.core5.http.HttpHeaders;
import org.apache.hc.core5.http.HttpRequest;
import org.apache.hc.core5.http.HttpResponse;
import org.apache.hc.core5.http.HttpStatus;
import org.apache.hc.core5.http.message.BasicHeader;
import org.apache.hc.core5.http.nio.AsyncDataConsumer;
import org.apache.hc.core5.http.nio.AsyncEntityProducer;
import org.apache.hc.core5.http.support.BasicRequestBuilder;
import org.jspecify.annotations.Nullable;

/**
 * Sets the {@code Authorization} header of each request from the {@link ElasticCredentialsProvider},
 * in the HTTP client under the {@code Rest5Client}, so that the synchronous and asynchronous
 * clients, the sniffer and the health indicator all share it along with the one connection pool.
 * When Elasticsearch answers 401, it asks the provider for a newer credential (one refresh for
 * all the requests rejected at the same time) and sends the request once more with it; when
 * there is none newer, or the second answer is 401 too, the 401 is passed on and a warning names
 * the kind of credential rejected, never the secret. A request that already carries an
 * {@code Authorization} header (set by the application) is left alone.
 */
public final class AuthorizationExecHandler implements AsyncExecChainHandler {

	/**
	 * The handler's name in the HTTP client's execution chain.
	 */
	public static final String NAME = "elastic-authorization";

	private static final Log logger = LogFactory.getLog(AuthorizationExecHandler.class);

	private final ElasticCredentialsProvider provider;

	private final SharedRefresh refresh;

	/**
	 * Create a handler taking credentials from the given provider.
	 * @param provider the provider
	 */
	public AuthorizationExecHandler(ElasticCredentialsProvider provider) {
		this.provider = provider;
		this.refresh = new SharedRefresh(provider);
	}

	@Override
	public void execute(HttpRequest request, @Nullable AsyncEntityProducer entityProducer,
			AsyncExecChain.Scope scope, AsyncExecChain chain, AsyncExecCallback callback)
			throws HttpException, IOException {
		if (request.containsHeader(HttpHeaders.AUTHORIZATION)) {
			chain.proceed(request, entityProducer, scope, callback);
			return;
		}
		boolean resendable = entityProducer == null || entityProducer.isRepeatable();
		send(request, entityProducer, scope, chain, callback, this.provider.getCredentials(), resendable);
	}

	private void send(HttpRequest request, @Nullable AsyncEntityProducer entityProducer, AsyncExecChain.Scope scope,
			AsyncExecChain chain, AsyncExecCallback callback, ElasticCredentials credentials, boolean mayResend)
			throws HttpException, IOException {
		HttpRequest authorized = BasicRequestBuilder.copy(request).build();
		credentials.authorizationHeader()
			.ifPresent((value) -> authorized.setHeader(new BasicHeader(HttpHeaders.AUTHORIZATION, value, true)));
		chain.proceed(authorized, entityProducer, scope, new ForwardingExecCallback(callback) {

			private volatile @Nullable BufferedResponse rejected;

			@Override
			public AsyncDataConsumer handleResponse(HttpResponse response, EntityDetails entityDetails)
					throws HttpException, IOException {
				if (response.getCode() != HttpStatus.SC_UNAUTHORIZED) {
					return callback.handleResponse(response, entityDetails);
				}
				if (mayResend) {
					BufferedResponse rejected = new BufferedResponse(response, entityDetails);
					this.rejected = rejected;
					return rejected;
				}
				logger.warn(RejectedCredentialsMessage.of(credentials, target(request)));
				return callback.handleResponse(response, entityDetails);
			}

			@Override
			public void completed() {
				BufferedResponse rejected = this.rejected;
				if (rejected == null) {
					callback.completed();
					return;
				}
				AuthorizationExecHandler.this.refresh.replacing(credentials).whenComplete((replacement, failure) -> {
					if (failure != null || replacement.equals(credentials)) {
						if (failure != null) {
							logger.warn("Refreshing the Elasticsearch credential after a 401 failed ("
									+ failure.getClass().getName() + ")");
						}
						logger.warn(RejectedCredentialsMessage.of(credentials, target(request)));
						rejected.replayTo(callback);
						return;
					}
					resend(replacement);
				});
			}

			private void resend(ElasticCredentials replacement) {
				if (entityProducer != null) {
					entityProducer.releaseResources();
				}
				try {
					send(request, entityProducer, scope, chain, callback, replacement, false);
				}
				catch (HttpException | IOException | RuntimeException ex) {
					callback.failed(ex);
				}
			}

		});
	}

	private static String target(HttpRequest request) {
		return request.getMethod() + " " + request.getAuthority() + request.getPath();
	}

}
