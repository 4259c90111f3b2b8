package io.github.elasticstarter.sample;

import java.io.IOException;

import com.google.cloud.functions.HttpFunction;
import com.google.cloud.functions.HttpRequest;
import com.google.cloud.functions.HttpResponse;

/**
 * The search on Google Cloud Functions: an {@link HttpFunction} that the Functions Framework
 * runs (entry point {@code io.github.elasticstarter.sample.GoogleSearchFunction}).
 * <p>
 * The application context, and with it the starter's singleton synchronous client, is started
 * in global scope, when the framework loads this class, before its first request: every
 * request of the instance reuses the client's pooled connections.
 */
public final class GoogleSearchFunction implements HttpFunction {

	private static final FunctionApplication application = FunctionApplication.get();

	@Override
	public void service(HttpRequest request, HttpResponse response) throws IOException {
		SearchRequests.Reply reply = SearchRequests.handle(application, request.getMethod(),
				request.getFirstQueryParameter("q").orElse(null));
		response.setStatusCode(reply.status());
		response.setContentType(reply.contentType() + "; charset=utf-8");
		response.getWriter().write(reply.body());
	}

}
