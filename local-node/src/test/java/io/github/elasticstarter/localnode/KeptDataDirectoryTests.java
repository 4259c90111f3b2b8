package io.github.elasticstarter.localnode;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Where a node that keeps its data keeps it: under {@code elastic.local-node.data-dir}, or, when
 * the node's user cannot enter that folder (a clone under a private home), in a folder of its own
 * in the temporary directory.
 */
class KeptDataDirectoryTests {

	private static final String PROPERTY = "elastic.local-node.data-dir";

	private final String previous = System.getProperty(PROPERTY);

	@AfterEach
	void restoreProperty() {
		if (this.previous != null) {
			System.setProperty(PROPERTY, this.previous);
		}
		else {
			System.clearProperty(PROPERTY);
		}
	}

	@Test
	void usesTheConfiguredFolderWhenTheNodesUserCanEnterIt(@TempDir Path parent) throws Exception {
		Files.setPosixFilePermissions(parent, PosixFilePermissions.fromString("rwxr-xr-x"));
		System.setProperty(PROPERTY, parent.resolve("data").toString());
		assertThat(LocalElasticsearch.keptDataDirectory("test")).startsWith(parent.resolve("data"));
	}

	@Test
	void fallsBackToTheTemporaryDirectoryWhenTheNodesUserCannotEnterIt(@TempDir Path parent) throws Exception {
		Assumptions.assumeTrue(NodeUser.forThisJvm().isSeparate(), "only a separate node user can be shut out");
		Files.setPosixFilePermissions(parent, PosixFilePermissions.fromString("rwx------"));
		System.setProperty(PROPERTY, parent.resolve("data").toString());
		Path directory = LocalElasticsearch.keptDataDirectory("test");
		assertThat(directory).startsWith(Path.of(System.getProperty("java.io.tmpdir")))
			.isNotEqualTo(LocalElasticsearch.keptDataDirectory("other"));
		assertThat(NodeUser.forThisJvm().canTraverse(directory)).isTrue();
	}

}
