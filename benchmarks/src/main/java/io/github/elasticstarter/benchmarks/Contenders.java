package io.github.elasticstarter.benchmarks;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.IntFunction;

/**
 * The launches that {@link ColdStartComparison} times: the Node.js peer, the sample's three
 * entry points as their platforms start them, the same Google function on a hand-built client
 * and on the starter's, and the sample's Google function with each start-up step added to the
 * one before. A step that needs a training run (a class data archive, an ahead-of-time cache)
 * has one, made before the rounds.
 */
final class Contenders {

	static final String NODE = "node.js, client at module scope";

	static final String HAND_BUILT = "google, hand-built client";

	static final String STARTER = "google, starter client";

	private static final String GOOGLE_FUNCTION = "io.github.elasticstarter.sample.GoogleSearchFunction";

	private static final String STARTER_AUTO_CONFIGURATIONS = String.join(",",
			"io.github.elasticstarter.autoconfigure.ElasticAutoConfiguration",
			"io.github.elasticstarter.autoconfigure.springboot.SpringBootConnectionDetailsAutoConfiguration",
			"io.github.elasticstarter.autoconfigure.health.ElasticHealthContributorAutoConfiguration",
			"io.github.elasticstarter.autoconfigure.bulk.ElasticBulkAutoConfiguration",
			"io.github.elasticstarter.autoconfigure.insight.ElasticInsightAutoConfiguration",
			"io.github.elasticstarter.autoconfigure.clients.ElasticClientsAutoConfiguration");

	private final Path runtimes;

	private final Path googleFunction;

	private final Path lambdaTaskRoot;

	private final Path nodeModules;

	private final Path java17 = Path.of(System.getProperty("java.home"));

	private final Path java25;

	private final Path work;

	private final Map<String, List<Launch>> trainings = new HashMap<>();

	private final Map<String, Path> archives = new HashMap<>();

	private final Map<String, String> steps = new LinkedHashMap<>();

	Contenders(Path sampleTarget, Path lambdaTaskRoot, Path nodeModules, Path java25, Path work) {
		this.runtimes = sampleTarget.toAbsolutePath().resolve("function-runtimes");
		this.googleFunction = sampleTarget.toAbsolutePath()
			.resolve("elastic-sample-app-google-cloud-functions/elastic-sample-app.jar");
		this.lambdaTaskRoot = lambdaTaskRoot;
		this.nodeModules = nodeModules;
		this.java25 = java25;
		this.work = work;
	}

	List<Launch> all(Map<String, String> connection) throws Exception {
		List<Launch> launches = new ArrayList<>();
		launches.add(new Launch(NODE, (port) -> List.of("node", Path.of("benchmarks/src/main/node/cold-search.cjs")
			.toAbsolutePath().toString(), "zurch"), with(connection, "NODE_PATH", this.nodeModules.toString()),
				this.work, Launch.Answer.OUTPUT_LINE));
		launches.add(google("google", this.java17, List.of(), connection));
		launches.add(lambda(connection));
		launches.add(azure("azure", this.java17, List.of(), connection));
		String choice = benchmarksWithFunctionClassPath();
		launches.add(invoker(HAND_BUILT, this.java17, List.of(), choice, ClientChoiceFunction.class.getName(),
				with(with(connection, "BENCHMARK_CLIENT", "hand-built"), "SPRING_AUTOCONFIGURE_EXCLUDE",
						STARTER_AUTO_CONFIGURATIONS)));
		launches.add(invoker(STARTER, this.java17, List.of(), choice, ClientChoiceFunction.class.getName(), connection));
		// The start-up steps, each measured against the one it adds to. Spring AOT is not one: its
		// initializer is fixed when the sample is built, with the local node on the class path and no
		// connection configured, so it would start the local node's beans.
		Map<String, String> lazy = with(connection, "SPRING_MAIN_LAZY_INITIALIZATION", "true");
		Launch java25 = step("google", google("google, Java 25", this.java25, List.of(), connection));
		Launch lazyStart = step(java25.name(), google("google, 25 + lazy", this.java25, List.of(), lazy));
		launches.addAll(List.of(java25, lazyStart));
		launches.add(step(lazyStart.name(), trained(Archive.CDS, "google.jsa",
				(options) -> google("google, 25 + lazy + CDS", this.java25, options, lazy))));
		launches.add(step(lazyStart.name(), trained(Archive.AOT_CACHE, "google.aot",
				(options) -> google("google, 25 + lazy + AOT cache", this.java25, options, lazy))));
		// The AOT cache holds classes of the JVM's own class loaders only: the Azure stand-in and
		// the plain Java search load everything there, unlike Google's invoker.
		Launch azureLazy = azure("azure, 25 + lazy", this.java25, List.of(), lazy);
		launches.add(azureLazy);
		launches.add(step(azureLazy.name(), trained(Archive.AOT_CACHE, "azure.aot",
				(options) -> azure("azure, 25 + lazy + AOT cache", this.java25, options, lazy))));
		Launch plain = plainJava("java, no framework, Java 25", List.of(), connection);
		launches.add(plain);
		launches.add(step(plain.name(), trained(Archive.AOT_CACHE, "plain.aot",
				(options) -> plainJava("java, no framework, 25 + AOT cache", options, connection))));
		return launches;
	}

	/** The start-up steps, each with the contender it adds to. */
	Map<String, String> steps() {
		return this.steps;
	}

	private Launch step(String addsTo, Launch launch) {
		this.steps.put(launch.name(), addsTo);
		return launch;
	}

	/** Runs the training launch of a step, where it has one. */
	void train(Launch launch) throws Exception {
		List<Launch> training = this.trainings.get(launch.name());
		if (training != null) {
			training.get(0).train();
			if (training.size() > 1) {
				training.get(1).runToExit();
			}
			Path archive = this.archives.get(launch.name());
			if (!Files.isRegularFile(archive) || Files.size(archive) == 0) {
				throw new IllegalStateException("The training run of " + launch.name() + " wrote no " + archive);
			}
		}
	}

	/**
	 * What a training run leaves for the measured starts, and the JVM options that make and use it:
	 * a dynamic class data sharing archive written at exit, or Java 25's ahead-of-time cache,
	 * recorded by the training run and then assembled by a JVM of its own (the one-step
	 * {@code -XX:AOTCacheOutput} leaves no cache when the training run is stopped by a signal, as
	 * a server is).
	 */
	enum Archive {

		CDS, AOT_CACHE;

		List<String> record(Path archive) {
			return (this == CDS) ? List.of("-XX:ArchiveClassesAtExit=" + archive)
					: List.of("-XX:AOTMode=record", "-XX:AOTConfiguration=" + archive + ".config");
		}

		List<String> assemble(Path archive) {
			return (this == CDS) ? List.of()
					: List.of("-XX:AOTMode=create", "-XX:AOTConfiguration=" + archive + ".config", "-XX:AOTCache=" + archive);
		}

		List<String> use(Path archive) {
			return List.of(((this == CDS) ? "-XX:SharedArchiveFile=" : "-XX:AOTCache=") + archive);
		}

	}

	/** A launch that starts from the archive its training runs leave. */
	private Launch trained(Archive kind, String file, Function<List<String>, Launch> launch) throws IOException {
		Path archive = this.work.resolve(file);
		Files.deleteIfExists(archive);
		Launch measured = launch.apply(kind.use(archive));
		List<Launch> training = new ArrayList<>(List.of(launch.apply(kind.record(archive))));
		if (!kind.assemble(archive).isEmpty()) {
			training.add(launch.apply(kind.assemble(archive)));
		}
		this.trainings.put(measured.name(), training);
		this.archives.put(measured.name(), archive);
		return measured;
	}

	private Launch google(String name, Path java, List<String> options, Map<String, String> environment) {
		return invoker(name, java, options, this.googleFunction.toString(), GOOGLE_FUNCTION, environment);
	}

	/** Google's invoker, as Cloud Functions runs it: the function on a class path of its own. */
	private Launch invoker(String name, Path java, List<String> options, String classPath, String target,
			Map<String, String> environment) {
		Path invoker = this.runtimes.resolve("java-function-invoker.jar");
		IntFunction<List<String>> command = (port) -> Launch.java(java, options, "-jar", invoker.toString(),
				"--classpath", classPath, "--target", target, "--port", String.valueOf(port));
		return new Launch(name, command, environment, this.work, Launch.Answer.HTTP);
	}

	/** AWS's runtime interface client running Spring Cloud Function's handler, as the IT does. */
	private Launch lambda(Map<String, String> connection) throws Exception {
		String handler = "org.springframework.cloud.function.adapter.aws.FunctionInvoker::handleRequest";
		Map<String, String> environment = new HashMap<>(connection);
		// The runtime interface client loads the function from its working directory, the task root on Lambda.
		environment.putAll(Map.of("_HANDLER", handler, "LAMBDA_TASK_ROOT", this.lambdaTaskRoot.toString(),
				"AWS_LAMBDA_FUNCTION_NAME", "searchCities", "AWS_LAMBDA_FUNCTION_VERSION", "$LATEST",
				"AWS_LAMBDA_FUNCTION_MEMORY_SIZE", "512", "MAIN_CLASS", "io.github.elasticstarter.sample.SampleApplication",
				"SPRING_CLOUD_FUNCTION_DEFINITION", "searchCities", "SAMPLE_DATA_LOAD_ON_START", "false"));
		String runtimeClassPath = Files.readString(this.runtimes.resolve("lambda-runtime.classpath")).trim();
		return new Launch("aws", (port) -> Launch.java(this.java17, List.of(), "-cp", runtimeClassPath,
				"com.amazonaws.services.lambda.runtime.api.client.AWSLambda", handler), environment,
				this.lambdaTaskRoot, Launch.Answer.LAMBDA_RUNTIME_API);
	}

	/** The sample's Azure function, called as Azure's Java worker would ({@link AzureHostStandIn}). */
	private Launch azure(String name, Path java, List<String> options, Map<String, String> environment) {
		String classPath = ColdStartComparison.classPath(benchmarkClasses(), jarOnClassPath("azure-functions-java-library"),
				this.googleFunction);
		return new Launch(name, (port) -> Launch.java(java, options, "-cp", classPath, AzureHostStandIn.class.getName(),
				"io.github.elasticstarter.sample.AzureSearchFunction", "zurch"), environment, this.work,
				Launch.Answer.OUTPUT_LINE);
	}

	/** The same search without any framework ({@link PlainJavaSearch}), on Java 25. */
	private Launch plainJava(String name, List<String> options, Map<String, String> environment) {
		String classPath = benchmarksWithFunctionClassPath();
		return new Launch(name, (port) -> Launch.java(this.java25, options, "-cp", classPath,
				PlainJavaSearch.class.getName(), "zurch"), environment, this.work, Launch.Answer.OUTPUT_LINE);
	}

	/** This module's classes and the libraries the sample's function packages hold. */
	private String benchmarksWithFunctionClassPath() {
		try {
			return benchmarkClasses() + File.pathSeparator
					+ Files.readString(this.runtimes.resolve("function.classpath")).trim();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Path benchmarkClasses() {
		try {
			return Path.of(Contenders.class.getProtectionDomain().getCodeSource().getLocation().toURI());
		}
		catch (URISyntaxException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static Path jarOnClassPath(String artifact) {
		for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
			if (Path.of(entry).getFileName().toString().startsWith(artifact)) {
				return Path.of(entry);
			}
		}
		throw new IllegalStateException(artifact + " is not on the class path");
	}

	private static Map<String, String> with(Map<String, String> environment, String name, String value) {
		Map<String, String> more = new HashMap<>(environment);
		more.put(name, value);
		return Map.copyOf(more);
	}

}
