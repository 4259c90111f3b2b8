package io.github.elasticstarter.localnode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/** Copying, deleting and unzipping directory trees. */
final class FileTrees {

	private static final Log logger = LogFactory.getLog(FileTrees.class);

	private FileTrees() {
	}

	/** Extracts {@code zip} into {@code target}, dropping its single top-level folder and keeping file modes. */
	static void unzipStrippingTopFolder(Path zip, Path target) throws IOException {
		try (FileSystem zipFs = FileSystems.newFileSystem(zip, Map.of("enablePosixFileAttributes", "true"));
				Stream<Path> entries = Files.walk(zipFs.getPath("/"))) {
			for (Path entry : (Iterable<Path>) entries::iterator) {
				if (entry.getNameCount() < 2) {
					continue; // the root and the top-level folder
				}
				Path destination = target.resolve(entry.subpath(1, entry.getNameCount()).toString()).normalize();
				if (!destination.startsWith(target)) {
					throw new IOException("Zip entry outside the target folder: " + entry);
				}
				if (Files.isDirectory(entry)) {
					Files.createDirectories(destination);
					continue;
				}
				Files.createDirectories(destination.getParent());
				Files.copy(entry, destination, StandardCopyOption.REPLACE_EXISTING);
				Set<PosixFilePermission> mode = Files.readAttributes(entry, PosixFileAttributes.class).permissions();
				mode.add(PosixFilePermission.OWNER_READ);
				mode.add(PosixFilePermission.OWNER_WRITE);
				Files.setPosixFilePermissions(destination, mode);
			}
		}
	}

	/** @return the bytes of {@code entryName} inside {@code zip} */
	static byte[] readZipEntry(Path zip, String entryName) throws IOException {
		try (FileSystem zipFs = FileSystems.newFileSystem(zip)) {
			return Files.readAllBytes(zipFs.getPath(entryName));
		}
	}

	/** Copies the tree at {@code source} to {@code target}, which must not exist yet. */
	static void copy(Path source, Path target) throws IOException {
		try (Stream<Path> paths = Files.walk(source)) {
			for (Path path : (Iterable<Path>) paths::iterator) {
				Files.copy(path, target.resolve(source.relativize(path).toString()), StandardCopyOption.COPY_ATTRIBUTES);
			}
		}
	}

	/** Deletes {@code root} and everything below it; a missing tree is fine. */
	static void delete(Path root) throws IOException {
		if (!Files.exists(root)) {
			return;
		}
		List<Path> paths;
		try (Stream<Path> walk = Files.walk(root)) {
			paths = walk.sorted(Comparator.reverseOrder()).toList();
		}
		for (Path path : paths) {
			Files.deleteIfExists(path);
		}
	}

	/** Best-effort {@link #delete}: logs a failure instead of throwing. */
	static void deleteQuietly(Path root) {
		try {
			delete(root);
		}
		catch (IOException ex) {
			logger.warn("Could not delete " + root, ex);
		}
	}

	/** @return the last {@code count} lines of {@code file}, or a note that it does not exist */
	static String tail(Path file, int count) {
		try {
			if (!Files.isRegularFile(file)) {
				return "(no " + file + ")";
			}
			List<String> lines = new String(Files.readAllBytes(file), StandardCharsets.UTF_8).lines().toList();
			return String.join("\n", lines.subList(Math.max(0, lines.size() - count), lines.size()));
		}
		catch (IOException ex) {
			return "(could not read " + file + ": " + ex + ")";
		}
	}
}
