package io.github.elasticstarter.sample;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.cloud.function.adapter.aws.FunctionInvoker;
import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The {@code searchCities} function on AWS Lambda's side of things: the Spring Cloud Function
 * handler ({@link FunctionInvoker}) run by AWS's runtime interface client, the runtime of AWS's
 * Java base images, in a child process with a clean environment. The function is laid out as
 * in its deployment package (classes at the root of {@code LAMBDA_TASK_ROOT}, jars in
 * {@code lib/}), which the client loads in a class loader of its own; the test serves the
 * Runtime API the client polls, and invokes the function through it.
 */
class LambdaSearchFunctionIT {

	private static final int INVOCATIONS = 1_000;

	private static final String RUNTIME_CLIENT = "com.amazonaws.services.lambda.runtime.api.client.AWSLambda";

	private static final String HANDLER = FunctionInvoker.class.getName() + "::handleRequest";

	private static final JsonMapper json = JsonMapper.builder().build();

	private static FunctionNode node;

	private static LambdaRuntimeApi lambda;

	private static FunctionProcess runtime;

	@BeforeAll
	static void runTheHandlerUnderTheRuntimeInterfaceClient() throws IOException {
		node = FunctionNode.get();
		lambda = LambdaRuntimeApi.start();
		runtime = startRuntime("lambda", lambda, node.environment());
	}

	@AfterAll
	static void stop() {
		if (runtime != null) {
			runtime.close();
		}
		if (lambda != null) {
			lambda.close();
		}
	}

	@Test
	void findsCitiesOnTheFirstInvocation() throws Exception {
		LambdaRuntimeApi.Outcome outcome = lambda.invoke("\"zurch\"");
		assertThat(outcome.error()).as(outcome.body()).isFalse();
		JsonNode hits = json.readTree(outcome.body());
		assertThat(hits.get(0).get("name").asString()).isEqualTo("Zürich");
		assertThat(hits.size()).isBetween(1, SearchFunctionConfiguration.RESULT_SIZE);
	}

	/**
	 * After a first invocation, 1,000 more, one after the other, reuse its connection: the node
	 * sees not one new connection (the starter hands the caller its answer only once the
	 * connection is back in the pool, so the next invocation finds it idle).
	 */
	@Test
	void thousandWarmInvocationsOpenNoConnection() throws Exception {
		assertThat(lambda.invoke("\"bern\"").error()).isFalse();
		long before = node.connectionsOpened();
		for (int i = 0; i < INVOCATIONS; i++) {
			LambdaRuntimeApi.Outcome outcome = lambda.invoke("\"" + (i % 2 == 0 ? "basel" : "lausane") + "\"");
			assertThat(outcome.error()).as("invocation %d: %s", i, outcome.body()).isFalse();
			assertThat(json.readTree(outcome.body()).size()).as("hits of invocation %d", i).isPositive();
		}
		long opened = node.connectionsOpened() - before - 1;
		System.out.printf("Lambda runtime interface client: %d warm invocations made the node open %d HTTP "
				+ "connection(s)%n", INVOCATIONS, opened);
		assertThat(opened).as("connections opened by %d warm invocations", INVOCATIONS).isZero();
	}

	@Test
	void answersBadEventsWithAClearErrorAndGoesOnServing() throws Exception {
		String noName = "The event must be the city name to search for, as a JSON string such as \"zurich\"";
		for (String event : List.of("\"\"", "\"  \"", "\"{\"")) {
			assertFailure(event, "java.lang.IllegalArgumentException", noName);
		}
		// Not JSON at all: Spring Cloud Function's adapter refuses it before the function, saying why.
		for (String event : List.of("", "{", "[\"")) {
			assertFailure(event, "java.lang.IllegalStateException", "Failed to convert JSON to class java.lang.Object: ");
		}
		LambdaRuntimeApi.Outcome after = lambda.invoke("\"geneve\"");
		assertThat(after.error()).as(after.body()).isFalse();
		assertThat(json.readTree(after.body()).get(0).get("name").asString()).isEqualTo("Geneva");
	}

	private static void assertFailure(String event, String errorType, String message) throws Exception {
		LambdaRuntimeApi.Outcome outcome = lambda.invoke(event);
		assertThat(outcome.error()).as("event [%s]: %s", event, outcome.body()).isTrue();
		JsonNode error = json.readTree(outcome.body());
		assertThat(error.get("errorType").asString()).as("event [%s]", event).isEqualTo(errorType);
		assertThat(error.get("errorMessage").asString()).as("event [%s]", event).startsWith(message);
	}

	/**
	 * With the node stopped, an invocation fails with an error naming Elasticsearch; once the
	 * node is back on the same port, the same runtime answers again.
	 */
	@Test
	void failsWhileTheNodeIsDownThenRecovers() throws Exception {
		node.whileStopped(() -> {
			LambdaRuntimeApi.Outcome down = invokeUnchecked("\"zurich\"");
			assertThat(down.error()).as(down.body()).isTrue();
			assertThat(json.readTree(down.body()).get("errorMessage").asString())
				.startsWith("Elasticsearch is unreachable: ");
		});
		await("the function to answer again").atMost(Duration.ofMinutes(1))
			.pollInterval(Duration.ofMillis(500))
			.until(() -> !invokeUnchecked("\"zurich\"").error());
	}

	private static LambdaRuntimeApi.Outcome invokeUnchecked(String event) {
		try {
			return lambda.invoke(event);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * A malformed Cloud ID fails the function's initialization: the runtime reports it to Lambda
	 * (which answers the invocation with it, and initializes again for the next one), naming the
	 * property; the failure report is logged once.
	 */
	@Test
	void reportsABrokenConfigurationAsTheInitializationError() throws Exception {
		try (LambdaRuntimeApi brokenLambda = LambdaRuntimeApi.start();
				FunctionProcess broken = startRuntime("lambda-broken", brokenLambda,
						Map.of("ELASTIC_CLOUD_ID", "garbage"))) {
			LambdaRuntimeApi.Outcome initError = brokenLambda.awaitInitError(Duration.ofMinutes(3));
			assertThat(initError.error()).isTrue();
			assertThat(initError.body()).contains("elastic.cloud-id").contains("Cloud ID is malformed");
			assertThat(Pattern.compile("APPLICATION FAILED TO START").matcher(broken.log()).results().count()).isOne();
		}
	}

	private static FunctionProcess startRuntime(String name, LambdaRuntimeApi api, Map<String, String> configuration)
			throws IOException {
		Map<String, String> environment = new HashMap<>(configuration);
		environment.put("AWS_LAMBDA_RUNTIME_API", api.address());
		environment.put("_HANDLER", HANDLER);
		// The runtime interface client loads the function from its working directory, LAMBDA_TASK_ROOT on Lambda.
		environment.put("LAMBDA_TASK_ROOT", taskRoot(name).toString());
		environment.put("AWS_LAMBDA_FUNCTION_NAME", "searchCities");
		environment.put("AWS_LAMBDA_FUNCTION_VERSION", "$LATEST");
		environment.put("AWS_LAMBDA_FUNCTION_MEMORY_SIZE", "512");
		environment.put("AWS_LAMBDA_LOG_GROUP_NAME", "/aws/lambda/searchCities");
		environment.put("AWS_LAMBDA_LOG_STREAM_NAME", "local");
		environment.put("MAIN_CLASS", SampleApplication.class.getName());
		environment.put("SPRING_CLOUD_FUNCTION_DEFINITION", "searchCities");
		environment.put("SAMPLE_DATA_LOAD_ON_START", "false");
		String runtimeClassPath = Files.readString(FunctionProcess.runtimes().resolve("lambda-runtime.classpath"))
			.trim();
		return FunctionProcess.start(name, List.of("-cp", runtimeClassPath, RUNTIME_CLIENT, HANDLER), environment);
	}

	/**
	 * The function as its deployment package lays it out ({@code src/assembly/aws-lambda.xml}):
	 * the classes at the root, the jars in {@code lib/}; here as links to the build's files, in
	 * the run's folder.
	 */
	private static Path taskRoot(String name) throws IOException {
		Path root = FunctionProcess.folder(name);
		FileSystemUtils.deleteRecursively(root); // links of an earlier build: the jars may have changed
		Path lib = Files.createDirectories(root.resolve("lib"));
		Path classes = Path.of(System.getProperty("function.classes", "target/classes")).toAbsolutePath();
		try (Stream<Path> entries = Files.list(classes)) {
			for (Path entry : entries.toList()) {
				Files.createSymbolicLink(root.resolve(entry.getFileName().toString()), entry);
			}
		}
		for (String jar : Files.readString(FunctionProcess.runtimes().resolve("function.classpath")).trim()
			.split(java.io.File.pathSeparator)) {
			Path path = Path.of(jar);
			Files.createSymbolicLink(lib.resolve(path.getFileName().toString()), path);
		}
		return root;
	}

}
