package io.github.elasticstarter.sample;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import com.microsoft.azure.functions.ExecutionContext;
import com.microsoft.azure.functions.HttpResponseMessage;
import com.microsoft.azure.functions.annotation.FunctionName;
import com.microsoft.azure.functions.annotation.HttpTrigger;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The function app's metadata in {@code src/main/azure}, written by hand because Azure's Maven
 * plugin, which would generate it, does not resolve from Maven Central: {@code host.json}, and
 * for each {@code @FunctionName} method a folder of that name whose {@code function.json} says
 * what the annotations say (entry point, HTTP trigger binding, the {@code $return} HTTP output),
 * and no folder without such a method.
 */
class AzureFunctionMetadataTests {

	private static final Path APP = Path.of("src", "main", "azure");

	private static final JsonMapper json = JsonMapper.builder().build();

	@Test
	void hostJsonIsForTheFunctionsRuntimeVersion2() throws IOException {
		JsonNode host = json.readTree(Files.readString(APP.resolve("host.json")));
		assertThat(host.get("version").asString()).isEqualTo("2.0");
		assertThat(host.at("/extensionBundle/id").asString()).isEqualTo("Microsoft.Azure.Functions.ExtensionBundle");
	}

	@Test
	void eachFunctionFolderMatchesItsAnnotatedMethod() throws IOException {
		List<Method> functions = Arrays.stream(AzureSearchFunction.class.getMethods())
			.filter((method) -> method.isAnnotationPresent(FunctionName.class))
			.toList();
		assertThat(functions).isNotEmpty();
		try (Stream<Path> folders = Files.list(APP)) {
			assertThat(folders.filter(Files::isDirectory).map((folder) -> folder.getFileName().toString()))
				.containsExactlyInAnyOrderElementsOf(
						functions.stream().map((method) -> method.getAnnotation(FunctionName.class).value()).toList());
		}
		for (Method method : functions) {
			checkFunctionJson(method);
		}
	}

	private static void checkFunctionJson(Method method) throws IOException {
		String name = method.getAnnotation(FunctionName.class).value();
		JsonNode function = json.readTree(Files.readString(APP.resolve(name).resolve("function.json")));
		assertThat(function.get("scriptFile").asString()).as(name).isEqualTo("../elastic-sample-app.jar");
		assertThat(function.get("entryPoint").asString()).as(name)
			.isEqualTo(method.getDeclaringClass().getName() + "." + method.getName());

		Parameter[] parameters = method.getParameters();
		assertThat(parameters).hasSize(2);
		assertThat(parameters[1].getType()).isEqualTo(ExecutionContext.class);
		HttpTrigger trigger = parameters[0].getAnnotation(HttpTrigger.class);
		assertThat(trigger).as("the first parameter's @HttpTrigger").isNotNull();
		JsonNode bindings = function.get("bindings");
		assertThat(bindings.size()).isEqualTo(2);
		JsonNode in = bindings.get(0);
		assertThat(in.get("type").asString()).isEqualTo("httpTrigger");
		assertThat(in.get("direction").asString()).isEqualTo("in");
		assertThat(in.get("name").asString()).isEqualTo(trigger.name());
		assertThat(in.get("methods").valueStream().map(JsonNode::asString))
			.containsExactlyElementsOf(Arrays.stream(trigger.methods()).map(Enum::name).toList());
		assertThat(in.get("authLevel").asString()).isEqualTo(trigger.authLevel().name());
		assertThat(in.get("route").asString()).isEqualTo(trigger.route());

		assertThat(method.getReturnType()).isEqualTo(HttpResponseMessage.class);
		JsonNode out = bindings.get(1);
		assertThat(out.get("type").asString()).isEqualTo("http");
		assertThat(out.get("direction").asString()).isEqualTo("out");
		assertThat(out.get("name").asString()).isEqualTo("$return");
	}

}
