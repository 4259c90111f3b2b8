package io.github.elasticstarter.faults;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;

/**
 * Looks for secrets in every file below some folders (logs, test reports). A hit names the file
 * and the secret's first characters and length, never the whole secret.
 */
final class SecretScanner {

	/**
	 * A secret found in a file.
	 * @param file the file
	 * @param secretHint the secret's first three characters and its length
	 */
	record Hit(Path file, String secretHint) {

	}

	private SecretScanner() {
	}

	/** The files scanned below {@code roots}: every regular file; missing roots are skipped. */
	static List<Path> files(Collection<Path> roots) throws IOException {
		List<Path> files = new ArrayList<>();
		for (Path root : roots) {
			if (Files.isDirectory(root)) {
				try (Stream<Path> walk = Files.walk(root)) {
					walk.filter(Files::isRegularFile).forEach(files::add);
				}
			}
			else if (Files.isRegularFile(root)) {
				files.add(root);
			}
		}
		return files;
	}

	/** Every occurrence of a secret in the files below {@code roots}, one hit per file and secret. */
	static List<Hit> scan(Collection<Path> roots, Collection<String> secrets) throws IOException {
		List<Hit> hits = new ArrayList<>();
		for (Path file : files(roots)) {
			String text;
			try {
				// Latin-1 maps every byte to one char: ASCII secrets are found in any encoding of the file.
				text = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
			}
			catch (java.nio.file.NoSuchFileException ex) {
				continue; // a log rotated or deleted meanwhile
			}
			for (String secret : secrets) {
				if (text.contains(secret)) {
					hits.add(new Hit(file, secret.substring(0, 3) + "... (" + secret.length() + " characters)"));
				}
			}
		}
		return hits;
	}

}
