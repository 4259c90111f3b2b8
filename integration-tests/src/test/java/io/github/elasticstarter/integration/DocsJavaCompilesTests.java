package io.github.elasticstarter.integration;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * The Java in the docs compiles: every {@code ```java} block of {@code README.md},
 * {@code CONTRIBUTING.md} and {@code docs/*.md} is a complete compilation unit (package optional,
 * imports, one or more types) and compiles as written against this module's test class path.
 * One dynamic test per block, named after its file and line; a failure gives the Markdown line
 * of each compiler error and the compiler's message.
 */
class DocsJavaCompilesTests {

	private static final Pattern OPENING_FENCE = Pattern.compile("^(\\s*)```java\\s*$");

	private static final Pattern PUBLIC_TYPE = Pattern.compile(
			"(?m)^public\\s+(?:(?:abstract|final|sealed|non-sealed|strictfp)\\s+)*(?:class|interface|enum|record|@interface)\\s+(\\w+)");

	private final JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();

	private StandardJavaFileManager fileManager;

	@TempDir
	Path classes;

	@TestFactory
	List<DynamicTest> everyJavaBlockCompiles() throws IOException {
		assertThat(this.compiler).as("a JDK's compiler (the tests run on a JRE?)").isNotNull();
		this.fileManager = this.compiler.getStandardFileManager(null, Locale.ROOT, StandardCharsets.UTF_8);
		Path root = projectRoot();
		List<JavaBlock> blocks = new ArrayList<>();
		for (Path document : documents(root)) {
			blocks.addAll(javaBlocks(root, document));
		}
		assertThat(blocks).as("```java blocks in the docs").isNotEmpty();
		List<DynamicTest> tests = new ArrayList<>();
		for (int i = 0; i < blocks.size(); i++) {
			JavaBlock block = blocks.get(i);
			Path output = this.classes.resolve("block-" + i);
			tests.add(DynamicTest.dynamicTest(block.file() + " line " + block.firstLine(), () -> compile(block, output)));
		}
		return tests;
	}

	@AfterEach
	void closeFileManager() throws IOException {
		if (this.fileManager != null) {
			this.fileManager.close();
		}
	}

	private void compile(JavaBlock block, Path output) throws IOException {
		Files.createDirectories(output);
		Matcher publicType = PUBLIC_TYPE.matcher(block.source());
		String typeName = publicType.find() ? publicType.group(1) : "DocsSnippet";
		JavaFileObject source = new SimpleJavaFileObject(URI.create("string:///" + typeName + ".java"),
				JavaFileObject.Kind.SOURCE) {

			@Override
			public CharSequence getCharContent(boolean ignoreEncodingErrors) {
				return block.source();
			}

		};
		DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
		List<String> options = List.of("-classpath", System.getProperty("java.class.path"), "-d", output.toString(),
				"-proc:none", "-implicit:none", "-Xlint:none");
		boolean compiled = this.compiler
			.getTask(null, this.fileManager, diagnostics, options, null, List.of(source))
			.call();
		if (!compiled) {
			String errors = diagnostics.getDiagnostics()
				.stream()
				.filter((diagnostic) -> diagnostic.getKind() == Diagnostic.Kind.ERROR)
				.map((diagnostic) -> block.file() + ":" + (block.firstLine() + diagnostic.getLineNumber() - 1) + ": "
						+ diagnostic.getMessage(Locale.ROOT))
				.collect(Collectors.joining("\n"));
			fail("The ```java block of " + block.file() + " starting at line " + block.firstLine()
					+ " does not compile:\n" + errors);
		}
	}

	/**
	 * The folder holding the project's {@code README.md}: the module's parent when the tests run
	 * from the module's folder, as Maven runs them.
	 */
	private static Path projectRoot() {
		for (Path folder = Path.of("").toAbsolutePath(); folder != null; folder = folder.getParent()) {
			if (Files.isRegularFile(folder.resolve("README.md")) && Files.isDirectory(folder.resolve("integration-tests"))) {
				return folder;
			}
		}
		throw new IllegalStateException("No project folder (README.md beside integration-tests/) above "
				+ Path.of("").toAbsolutePath());
	}

	private static List<Path> documents(Path root) throws IOException {
		List<Path> documents = new ArrayList<>();
		documents.add(root.resolve("README.md"));
		if (Files.isRegularFile(root.resolve("CONTRIBUTING.md"))) {
			documents.add(root.resolve("CONTRIBUTING.md"));
		}
		Path docs = root.resolve("docs");
		if (Files.isDirectory(docs)) {
			try (Stream<Path> pages = Files.list(docs)) {
				pages.filter((page) -> page.getFileName().toString().endsWith(".md")).sorted().forEach(documents::add);
			}
		}
		return documents;
	}

	/**
	 * The {@code ```java} blocks of a document, each with the line number (from 1) of its first
	 * line of Java; a block indented in a list item loses the fence's indentation.
	 */
	static List<JavaBlock> javaBlocks(Path root, Path document) throws IOException {
		List<String> lines = Files.readAllLines(document, StandardCharsets.UTF_8);
		String file = root.relativize(document).toString().replace('\\', '/');
		List<JavaBlock> blocks = new ArrayList<>();
		for (int i = 0; i < lines.size(); i++) {
			Matcher fence = OPENING_FENCE.matcher(lines.get(i));
			if (!fence.matches()) {
				continue;
			}
			String indentation = fence.group(1);
			StringBuilder source = new StringBuilder();
			int first = i + 2;
			int end = i + 1;
			while (end < lines.size() && !lines.get(end).trim().equals("```")) {
				String line = lines.get(end);
				source.append(line.startsWith(indentation) ? line.substring(indentation.length()) : line).append('\n');
				end++;
			}
			if (end == lines.size()) {
				fail(file + ":" + (i + 1) + ": the ```java block is never closed");
			}
			blocks.add(new JavaBlock(file, first, source.toString()));
			i = end;
		}
		return blocks;
	}

	record JavaBlock(String file, int firstLine, String source) {

	}

}
