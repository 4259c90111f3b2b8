package io.github.elasticstarter.sample;

import java.util.Optional;

import com.microsoft.azure.functions.ExecutionContext;
import com.microsoft.azure.functions.HttpMethod;
import com.microsoft.azure.functions.HttpRequestMessage;
import com.microsoft.azure.functions.HttpResponseMessage;
import com.microsoft.azure.functions.HttpStatus;
import com.microsoft.azure.functions.annotation.AuthorizationLevel;
import com.microsoft.azure.functions.annotation.FunctionName;
import com.microsoft.azure.functions.annotation.HttpTrigger;

/**
 * The search on Azure Functions: an HTTP trigger, {@code GET /api/cities/search?q=zurich}. Its
 * function metadata is {@code searchCities/function.json} beside {@code host.json} (see the
 * {@code azure-functions} folder of the sample).
 * <p>
 * The Java worker may create an instance of this class per invocation: the application
 * context, and with it the starter's singleton synchronous client, lives in a static holder,
 * started once per worker process when the worker loads this class.
 */
public class AzureSearchFunction {

	/** The function's name: its folder in the function app. */
	static final String NAME = "searchCities";

	private static final FunctionApplication application = FunctionApplication.get();

	@FunctionName(NAME)
	public HttpResponseMessage run(@HttpTrigger(name = "req", methods = HttpMethod.GET,
			authLevel = AuthorizationLevel.ANONYMOUS,
			route = "cities/search") HttpRequestMessage<Optional<String>> request, ExecutionContext context) {
		SearchRequests.Reply reply = SearchRequests.handle(application, request.getHttpMethod().name(),
				request.getQueryParameters().get("q"));
		return request.createResponseBuilder(HttpStatus.valueOf(reply.status()))
			.header("Content-Type", reply.contentType() + "; charset=utf-8")
			.body(reply.body())
			.build();
	}

}
