package io.github.elasticstarter.benchmarks;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

import tools.jackson.databind.json.JsonMapper;

/**
 * The sample application's cities as the documents it indexes (name, ASCII name, country,
 * admin1, location) with ids derived from the city as the sample derives them, and the same
 * documents written out for the contenders that are not Java: one JSON line per document for
 * the Node.js helper, gzip-compressed NDJSON bulk bodies for curl.
 */
final class BulkDocuments {

	record Document(String id, Map<String, Object> source) {
	}

	private static final JsonMapper json = JsonMapper.builder().build();

	private final List<Document> documents;

	private BulkDocuments(List<Document> documents) {
		this.documents = documents;
	}

	static BulkDocuments load(Path citiesFile, int limit) throws IOException {
		List<Document> documents = new ArrayList<>();
		for (Map<String, Object> city : CitiesData.load(citiesFile)) {
			if (limit > 0 && documents.size() >= limit) {
				break;
			}
			@SuppressWarnings("unchecked")
			Map<String, Double> location = (Map<String, Double>) city.get("location");
			String name = (String) city.get("name");
			String admin1 = (String) city.get("admin1");
			Map<String, Object> source = new LinkedHashMap<>();
			source.put("name", name);
			// the sample also folds a few letters that decomposition leaves alone: same size
			source.put("asciiName", Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", ""));
			source.put("country", city.get("country"));
			if (!admin1.isEmpty()) {
				source.put("admin1", admin1);
			}
			source.put("location", location);
			String key = city.get("country") + "|" + admin1 + "|" + name + "|" + location.get("lat") + "|"
					+ location.get("lon");
			documents.add(new Document(sha256Prefix(key), source));
		}
		return new BulkDocuments(documents);
	}

	List<Document> all() {
		return this.documents;
	}

	int size() {
		return this.documents.size();
	}

	/**
	 * One line per document, {@code {"id": ..., "source": {...}}}, for the Node.js script.
	 */
	void writeJsonLines(Path file) throws IOException {
		try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			for (Document document : this.documents) {
				out.write(json.writeValueAsString(Map.of("id", document.id(), "source", document.source())));
				out.write('\n');
			}
		}
	}

	/**
	 * Bulk request bodies of at most {@code maxOperations} operations and {@code maxBytes}
	 * (before compression), as {@code ElasticBulk} sends them for one index: the index in the
	 * URL, not in the actions; gzip-compressed as a client with compression on sends them, or
	 * not.
	 * @return the body files, in order
	 */
	List<Path> writeBulkBodies(Path directory, int maxOperations, long maxBytes, boolean gzip) throws IOException {
		Files.createDirectories(directory);
		List<Path> bodies = new ArrayList<>();
		StringBuilder body = new StringBuilder();
		int operations = 0;
		long bytes = 0;
		for (Document document : this.documents) {
			String operation = json.writeValueAsString(Map.of("index", Map.of("_id", document.id()))) + "\n"
					+ json.writeValueAsString(document.source()) + "\n";
			int operationBytes = operation.getBytes(StandardCharsets.UTF_8).length;
			if (operations > 0 && (operations == maxOperations || bytes + operationBytes > maxBytes)) {
				bodies.add(write(directory, bodies.size(), body, gzip));
				body.setLength(0);
				operations = 0;
				bytes = 0;
			}
			body.append(operation);
			operations++;
			bytes += operationBytes;
		}
		if (operations > 0) {
			bodies.add(write(directory, bodies.size(), body, gzip));
		}
		return bodies;
	}

	private static Path write(Path directory, int number, CharSequence content, boolean gzip) throws IOException {
		Path file = directory.resolve("body-" + number + (gzip ? ".ndjson.gz" : ".ndjson"));
		try (OutputStream out = gzip ? new GZIPOutputStream(Files.newOutputStream(file))
				: Files.newOutputStream(file)) {
			out.write(content.toString().getBytes(StandardCharsets.UTF_8));
		}
		return file;
	}

	private static String sha256Prefix(String key) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest, 0, 8);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java platform has SHA-256", ex);
		}
	}

}
