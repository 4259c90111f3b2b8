package io.github.elasticstarter.benchmarks;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

import com.microsoft.azure.functions.ExecutionContext;
import com.microsoft.azure.functions.HttpMethod;
import com.microsoft.azure.functions.HttpRequestMessage;
import com.microsoft.azure.functions.HttpResponseMessage;
import com.microsoft.azure.functions.HttpStatusType;
import org.jspecify.annotations.Nullable;

/**
 * What Azure's Java worker does for the sample's first invocation, as a process of its own:
 * load the function class, make an instance, call its {@code @FunctionName} method with an HTTP
 * request, and print the answer. Azure publishes no Java worker to run instead (the worker is
 * part of the Functions host), so this stands in for it; the function's own cold start, its
 * application context and its first search, is the same as under the worker.
 * <p>
 * Usage: {@code AzureHostStandIn <function class> <query>}; prints {@code ANSWERED <status> <body>}.
 */
public final class AzureHostStandIn {

	private AzureHostStandIn() {
	}

	public static void main(String[] args) throws Exception {
		Class<?> function = Class.forName(args[0]);
		Method run = function.getMethod("run", HttpRequestMessage.class, ExecutionContext.class);
		Object response = run.invoke(function.getConstructor().newInstance(), request(args[1]), context());
		HttpResponseMessage answer = (HttpResponseMessage) response;
		// In UTF-8 whatever the locale: the environment of a cold-start run is empty.
		new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8)
			.println("ANSWERED " + answer.getStatusCode() + " " + answer.getBody());
		System.exit(0);
	}

	private static HttpRequestMessage<?> request(String query) {
		Map<String, Object> answers = Map.of("getUri", URI.create("http://localhost/api/cities/search?q=" + query),
				"getHttpMethod", HttpMethod.GET, "getHeaders", Map.of(), "getQueryParameters", Map.of("q", query),
				"getBody", Optional.empty());
		return proxy(HttpRequestMessage.class, (proxy, method, args) -> {
			if (method.getName().equals("createResponseBuilder")) {
				return responseBuilder((HttpStatusType) args[0]);
			}
			return answers.get(method.getName());
		});
	}

	private static HttpResponseMessage.Builder responseBuilder(HttpStatusType status) {
		Map<String, Object> response = new HashMap<>(Map.of("getStatus", status, "getStatusCode", status.value()));
		return proxy(HttpResponseMessage.Builder.class, (builder, method, args) -> switch (method.getName()) {
			case "body" -> {
				response.put("getBody", args[0]);
				yield builder;
			}
			case "build" -> proxy(HttpResponseMessage.class, (message, getter, none) -> response.get(getter.getName()));
			default -> builder; // status and headers: the status is kept, the headers do not matter here
		});
	}

	private static ExecutionContext context() {
		Logger logger = Logger.getLogger("searchCities");
		return proxy(ExecutionContext.class, (proxy, method, args) -> switch (method.getName()) {
			case "getLogger" -> logger;
			case "getInvocationId" -> "cold-start";
			default -> "searchCities";
		});
	}

	@SuppressWarnings("unchecked")
	private static <T> T proxy(Class<T> type, InvocationHandler handler) {
		return (T) Proxy.newProxyInstance(AzureHostStandIn.class.getClassLoader(), new Class<?>[] { type },
				(proxy, method, args) -> answerOf(handler, proxy, method, args));
	}

	private static @Nullable Object answerOf(InvocationHandler handler, Object proxy, Method method,
			@Nullable Object[] args) throws Throwable {
		if (method.getDeclaringClass() == Object.class) {
			return switch (method.getName()) {
				case "equals" -> proxy == args[0];
				case "hashCode" -> System.identityHashCode(proxy);
				default -> "stand-in";
			};
		}
		return handler.invoke(proxy, method, args);
	}

}
