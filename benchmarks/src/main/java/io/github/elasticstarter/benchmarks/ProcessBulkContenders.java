package io.github.elasticstarter.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import tools.jackson.databind.json.JsonMapper;

/**
 * The contenders that run outside the JVM: the official Node.js client's bulk helper (one
 * long-lived process, so that it loads warm as the Java contenders do) and curl sending pre-built
 * bodies with no client library at all.
 */
final class ProcessBulkContenders {

	private static final JsonMapper json = JsonMapper.builder().build();

	private ProcessBulkContenders() {
	}

	/**
	 * Where a Cloud ID leads: {@code https://<host>:<port>}, with the host resolved to 127.0.0.1.
	 */
	record Endpoint(String cloudId, String host, int port, Path caFile, String username, String password) {
	}

	static BulkContender nodeHelper(Path script, Path nodeModules, Path documentsFile, Endpoint endpoint)
			throws IOException {
		ProcessBuilder builder = new ProcessBuilder("node", script.toString()).redirectError(
				ProcessBuilder.Redirect.INHERIT);
		Map<String, String> environment = builder.environment();
		environment.put("NODE_PATH", nodeModules.toAbsolutePath().toString());
		environment.put("CLOUD_ID", endpoint.cloudId());
		environment.put("LOOPBACK_HOST", endpoint.host());
		environment.put("ES_USERNAME", endpoint.username());
		environment.put("ES_PASSWORD", endpoint.password());
		environment.put("CA_FILE", endpoint.caFile().toString());
		environment.put("DOCS_FILE", documentsFile.toAbsolutePath().toString());
		Process process = builder.start();
		Writer commands = process.outputWriter(StandardCharsets.UTF_8);
		BufferedReader answers = process.inputReader(StandardCharsets.UTF_8);
		String ready = answers.readLine();
		if (ready == null || !ready.contains("ready")) {
			throw new IllegalStateException("The Node.js helper did not start: " + ready);
		}
		return new BulkContender() {
			@Override
			public String name() {
				return "Node.js helpers.bulk";
			}

			@Override
			public Outcome load(String index) throws IOException {
				commands.write(index + "\n");
				commands.flush();
				String answer = answers.readLine();
				Map<?, ?> result = json.readValue((answer != null) ? answer : "{\"error\":\"no answer\"}", Map.class);
				if (result.containsKey("error")) {
					throw new IllegalStateException("The Node.js helper failed: " + result.get("error"));
				}
				return new Outcome(((Number) result.get("succeeded")).longValue(),
						((Number) result.get("failed")).longValue(), ((Number) result.get("seconds")).doubleValue());
			}

			@Override
			public void close() throws Exception {
				commands.close();
				if (!process.waitFor(30, TimeUnit.SECONDS)) {
					process.destroyForcibly();
				}
			}
		};
	}

	/**
	 * curl, sending the pre-built bodies (gzip-compressed unless their names end in
	 * {@code .ndjson}) to the index's {@code _bulk} with at most {@code concurrency} requests in
	 * flight ({@code --parallel}), each body once. It connects to {@code localhost} rather than
	 * the Cloud ID's host name: OpenSSL, like Node.js, refuses the certificate's
	 * {@code *.localhost} wildcard over two labels.
	 */
	static BulkContender curl(String name, List<Path> bodies, String index, int concurrency, Path directory,
			Endpoint endpoint) throws IOException {
		boolean gzip = !bodies.get(0).toString().endsWith(".ndjson");
		Path config = directory.resolve("curl.config");
		Files.deleteIfExists(config);
		Files.createFile(config, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
		List<Path> responses = new ArrayList<>();
		StringBuilder lines = new StringBuilder("parallel\nparallel-max = " + concurrency + "\nno-progress-meter\nsilent\nshow-error\n");
		String url = "https://localhost:" + endpoint.port() + "/" + index + "/_bulk";
		for (int i = 0; i < bodies.size(); i++) {
			Path response = directory.resolve("response-" + i + ".json");
			responses.add(response);
			if (i > 0) {
				lines.append("next\n");
			}
			lines.append("url = \"").append(url).append("\"\n")
				.append("resolve = \"localhost:").append(endpoint.port()).append(":127.0.0.1\"\n")
				.append("cacert = \"").append(endpoint.caFile()).append("\"\n")
				.append("user = \"").append(endpoint.username()).append(':').append(endpoint.password()).append("\"\n")
				.append("fail\n")
				.append("header = \"Content-Type: application/x-ndjson\"\n")
				.append(gzip ? "header = \"Content-Encoding: gzip\"\n" : "")
				.append("data-binary = \"@").append(bodies.get(i).toAbsolutePath()).append("\"\n")
				.append("output = \"").append(response).append("\"\n");
		}
		Files.writeString(config, lines);
		return new BulkContender() {
			@Override
			public String name() {
				return name;
			}

			@Override
			public Outcome load(String index) throws IOException, InterruptedException {
				for (Path response : responses) {
					Files.deleteIfExists(response);
				}
				long started = System.nanoTime();
				Process curl = new ProcessBuilder("curl", "--config", config.toString())
					.redirectOutput(ProcessBuilder.Redirect.DISCARD)
					.redirectError(ProcessBuilder.Redirect.INHERIT)
					.start();
				if (!curl.waitFor(10, TimeUnit.MINUTES)) {
					curl.destroyForcibly();
					throw new IllegalStateException("curl did not finish within 10 minutes");
				}
				double seconds = (System.nanoTime() - started) / 1e9;
				if (curl.exitValue() != 0) {
					throw new IllegalStateException("curl exited with " + curl.exitValue());
				}
				long failed = 0;
				long succeeded = 0;
				for (Path response : responses) {
					Map<?, ?> body = json.readValue(response.toFile(), Map.class);
					for (Object item : (List<?>) body.get("items")) {
						Map<?, ?> result = (Map<?, ?>) ((Map<?, ?>) item).get("index");
						if (result.containsKey("error")) {
							failed++;
						}
						else {
							succeeded++;
						}
					}
				}
				return new Outcome(succeeded, failed, seconds);
			}
		};
	}

}
