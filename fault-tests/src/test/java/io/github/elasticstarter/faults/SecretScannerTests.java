package io.github.elasticstarter.faults;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The scanner {@link SecretLeakTests} relies on finds a planted secret, so that its "no hit"
 * means something.
 */
class SecretScannerTests {

	@Test
	void findsAPlantedSecretAndNamesTheFileWithoutTheSecret(@TempDir Path directory) throws Exception {
		String secret = "planted-Secret-7f3a9c";
		Files.createDirectories(directory.resolve("logs"));
		Path leaking = Files.writeString(directory.resolve("logs/node.log"), "INFO started\nWARN password=" + secret
				+ " rejected\n");
		Files.writeString(directory.resolve("clean.txt"), "nothing to see");
		List<SecretScanner.Hit> hits = SecretScanner.scan(List.of(directory, directory.resolve("missing")),
				Set.of(secret, "another-secret-not-there"));
		assertThat(hits).containsExactly(new SecretScanner.Hit(leaking, "pla... (21 characters)"));
		assertThat(hits.toString()).doesNotContain(secret);
	}

	@Test
	void findsASecretInAUtf8FileWithOtherNonAsciiText(@TempDir Path directory) throws Exception {
		String secret = "utf8-secret-42";
		Files.writeString(directory.resolve("report.xml"), "<system-out>é " + secret + " ü</system-out>");
		assertThat(SecretScanner.scan(List.of(directory), Set.of(secret))).hasSize(1);
	}

	@Test
	void findsNothingWhenNoSecretIsWritten(@TempDir Path directory) throws Exception {
		Files.writeString(directory.resolve("a.log"), "all clean");
		assertThat(SecretScanner.scan(List.of(directory), Set.of("some-secret-value"))).isEmpty();
	}

}
