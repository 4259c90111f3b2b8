package io.github.elasticstarter.integration;

import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * {@code docs/properties.md} is the reference of the configuration metadata that this build
 * writes: the test renders it into {@code integration-tests/target/properties.md} and fails when
 * the checked-in file differs, naming the lines; {@code -Dproperties.reference.update=true}
 * writes it instead. Both jars' metadata are on this module's test class path (auto-configuration
 * and local node), and Spring Boot's own are left out.
 */
class PropertiesReferenceTests {

	static final String UPDATE_PROPERTY = "properties.reference.update";

	static final String COMMAND = "mvn -B -ntp -pl integration-tests -am verify -Dtest=PropertiesReferenceTests "
			+ "-Dsurefire.failIfNoSpecifiedTests=false -D" + UPDATE_PROPERTY + "=true";

	private static final String HEADER = """
			# Configuration properties

			_Generated from the build's configuration metadata by `PropertiesReferenceTests` (integration-tests); \
			do not edit by hand. Regenerate with `%s`._

			Every property of the starter (`elastic-spring-boot-autoconfigure`) and of the local node \
			(`elastic-local-node`). The descriptions are the help that IDEs show. Durations take a unit \
			(`500ms`, `30s`, `5m`, `1h`, `1d`), sizes too (`512KB`, `10MB`); list values are comma-separated.
			""".formatted(COMMAND);

	private static final Path MODULE = Path.of(System.getProperty("basedir", System.getProperty("user.dir")))
		.toAbsolutePath();

	private static final Path REPOSITORY = MODULE.getParent();

	private static final Path CHECKED_IN = REPOSITORY.resolve("docs/properties.md");

	private final PropertiesReference reference = new PropertiesReference(
			PropertiesReference.projectMetadata(getClass().getClassLoader()), getClass().getClassLoader(),
			PropertiesReferenceTests::javadoc);

	@Test
	void docsPropertiesMdIsTheReferenceOfTheCurrentMetadata() throws IOException {
		String generated = this.reference.render(HEADER);
		Path written = MODULE.resolve("target/properties.md");
		Files.createDirectories(written.getParent());
		Files.writeString(written, generated, StandardCharsets.UTF_8);
		if (Boolean.getBoolean(UPDATE_PROPERTY)) {
			Files.createDirectories(CHECKED_IN.getParent());
			Files.writeString(CHECKED_IN, generated, StandardCharsets.UTF_8);
		}
		String checkedIn = Files.exists(CHECKED_IN) ? Files.readString(CHECKED_IN, StandardCharsets.UTF_8) : "";
		if (!checkedIn.equals(generated)) {
			fail("docs/properties.md is not the reference of the current configuration metadata (rendered into "
					+ REPOSITORY.relativize(written) + "). Lines that differ ('-' docs/properties.md, '+' rendered):\n"
					+ diff(checkedIn.lines().toList(), generated.lines().toList())
					+ "Regenerate docs/properties.md with:\n  " + COMMAND + "\n");
		}
	}

	@Test
	void bothModulesMetadataAndNoOneElsesAreRead() {
		assertThat(this.reference.propertyNames()).contains("elastic.hosts", "elastic.bulk.max-bytes",
				"elastic.local-node.keep-data", "management.health.elastic.timeout")
			.allMatch((name) -> name.startsWith("elastic.") || name.startsWith("management."),
					"a property of the starter or of the local node");
	}

	@Test
	void everyPropertyIsInTheReference() {
		String rendered = this.reference.render("");
		assertThat(this.reference.propertyNames()).isNotEmpty()
			.allSatisfy((name) -> assertThat(rendered).containsAnyOf("`" + name + "`", "`" + name + ".<name>.*`"));
	}

	@Test
	void everyPropertyHasADescription() {
		assertThat(this.reference.undescribed()).as("properties without javadoc, so without IDE help").isEmpty();
	}

	@Test
	void namedClientsAreDescribedOnceByReferenceToTheUnnamedClient() {
		String rendered = this.reference.render("");
		assertThat(rendered).contains("## `elastic.clients.<name>.*`")
			.contains("| `elastic.clients.<name>.*` |  |  | Same as `elastic.*`")
			.contains("`hosts`, ")
			.contains("| `elastic.clients.<name>.bulk.*` |  |  | Same as `elastic.bulk.*`")
			.contains("| `elastic.clients.<name>.ssl.*` |  |  | Same as `elastic.ssl.*`")
			.containsPattern("\\| `elastic\\.clients\\.<name>\\.primary` \\| `Boolean` \\| `false` \\| Whether \\S")
			.doesNotContain("`elastic.clients.<name>.hosts`")
			.doesNotContain("`elastic.clients.<name>.local-node");
	}

	@Test
	void cellsAreEscapedAndDefaultsWrittenAsInApplicationYml() {
		Map<String, Object> metadata = Map.of("groups", List.of(Map.of("name", "demo", "type", "demo.Demo")),
				"properties",
				List.of(Map.of("name", "demo.separator", "type", "java.lang.String", "description",
						"Splits on a|b, *not* <c> or _d_.", "defaultValue", "|"),
						Map.of("name", "demo.timeout", "type", "java.time.Duration", "description",
								"Timeout, at most {@code Retry-After}.",
								"defaultValue", "PT1M30S"),
						Map.of("name", "demo.codes", "type", "java.util.List<java.lang.Integer>", "description",
								"Codes.", "defaultValue", List.of(429, 503)),
						Map.of("name", "demo.unit", "type", "java.util.concurrent.TimeUnit", "description", "Unit.",
								"defaultValue", "seconds"),
						Map.of("name", "demo.old", "type", "java.lang.Integer", "description", "Old.", "deprecation",
								Map.of("replacement", "demo.codes", "reason", "One list now."))),
				"hints", List.of(Map.of("name", "demo.codes", "values",
						List.of(Map.of("value", 429, "description", "Too Many Requests."), Map.of("value", 503)))));

		String rendered = new PropertiesReference(List.of(metadata), getClass().getClassLoader(),
				(field) -> Optional.empty())
			.render("");

		assertThat(rendered).contains("## `demo.*`")
			.contains("| `demo.separator` | `String` | `\\|` | Splits on a\\|b, \\*not\\* &lt;c&gt; or \\_d\\_. |")
			.contains("| `demo.timeout` | `Duration` | `90s` | Timeout, at most Retry-After. |")
			.contains("| `demo.codes` | `List<Integer>` | `429, 503` | Codes. Suggested values: `429` "
					+ "(Too Many Requests), `503`. |")
			.contains("| `demo.unit` | `TimeUnit` | `seconds` | Unit. Values: `nanoseconds`, `microseconds`, ")
			.contains("| `demo.old` (deprecated) | `Integer` |  | **Deprecated**: use `demo.codes` instead. "
					+ "One list now. Old. |");
		assertThat(rendered.indexOf("`demo.codes`")).isLessThan(rendered.indexOf("`demo.old`"));
	}

	/**
	 * The description of a field that the metadata cannot give (a property of a map's value
	 * class), from its javadoc in this repository's sources, cleaned as the configuration
	 * processor cleans it.
	 */
	static Optional<String> javadoc(Field field) {
		String type = field.getDeclaringClass().getName().replaceFirst("\\$.*", "");
		String path = "src/main/java/" + type.replace('.', '/') + ".java";
		try (Stream<Path> modules = Files.list(REPOSITORY)) {
			for (Path source : modules.map((module) -> module.resolve(path)).filter(Files::isRegularFile).toList()) {
				Matcher matcher = Pattern.compile("/\\*\\*((?:(?!\\*/).)*)\\*/\\s*(?:@[\\w.]+(?:\\([^)]*\\))?\\s*)*"
						+ "(?:(?:private|protected|public|final)\\s+)*[\\w<>,.?@\\[\\]\\s]*?\\b"
						+ Pattern.quote(field.getName()) + "\\s*[;=]", Pattern.DOTALL)
					.matcher(Files.readString(source, StandardCharsets.UTF_8));
				if (matcher.find()) {
					return Optional.of(cleanJavadoc(matcher.group(1)));
				}
			}
		}
		catch (IOException ex) {
			throw new IllegalStateException("Could not read the sources under " + REPOSITORY, ex);
		}
		return Optional.empty();
	}

	private static String cleanJavadoc(String comment) {
		List<String> lines = new ArrayList<>();
		for (String line : comment.lines().toList()) {
			String text = line.strip().replaceFirst("^\\*\\s?", "").strip();
			if (text.startsWith("@")) {
				break;
			}
			lines.add(text);
		}
		return String.join(" ", lines)
			.replaceAll("\\{@(?:code|link|linkplain|literal)\\s+([^}]*)}", "$1")
			.replaceAll("\\s+", " ")
			.strip();
	}

	/** The lines only in {@code before} ('-') or only in {@code after} ('+'), numbered, by longest common subsequence. */
	static String diff(List<String> before, List<String> after) {
		int[][] common = new int[before.size() + 1][after.size() + 1];
		for (int i = before.size() - 1; i >= 0; i--) {
			for (int j = after.size() - 1; j >= 0; j--) {
				common[i][j] = before.get(i).equals(after.get(j)) ? common[i + 1][j + 1] + 1
						: Math.max(common[i + 1][j], common[i][j + 1]);
			}
		}
		StringBuilder out = new StringBuilder();
		int shown = 0;
		int hidden = 0;
		int i = 0;
		int j = 0;
		while (i < before.size() || j < after.size()) {
			String line;
			if (i < before.size() && j < after.size() && before.get(i).equals(after.get(j))) {
				i++;
				j++;
				continue;
			}
			if (j == after.size() || (i < before.size() && common[i + 1][j] >= common[i][j + 1])) {
				line = String.format("  %4d - %s%n", i + 1, before.get(i++));
			}
			else {
				line = String.format("  %4d + %s%n", j + 1, after.get(j++));
			}
			if (shown < 40) {
				out.append(line);
				shown++;
			}
			else {
				hidden++;
			}
		}
		if (hidden > 0) {
			out.append("  (and ").append(hidden).append(" more lines: compare with the rendered file)\n");
		}
		return out.toString();
	}

}
