package io.github.elasticstarter.localnode;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * Finds the Elasticsearch distribution zip ({@code org.elasticsearch.distribution.integ-test-zip:elasticsearch:zip}):
 * an explicit override, else the local Maven repository, else downloads it from Maven Central into the local
 * repository after checking its {@code .sha1}.
 */
final class DistributionLocator {

	private static final Log logger = LogFactory.getLog(DistributionLocator.class);

	private static final String GROUP_PATH = "org/elasticsearch/distribution/integ-test-zip/elasticsearch";

	private static final String CENTRAL = "https://repo1.maven.org/maven2/";

	private static final Duration CHECKSUM_TIMEOUT = Duration.ofSeconds(30);

	/** About 90 MB: generous for a slow link, but a stalled download must not block a build forever. */
	private static final Duration DOWNLOAD_TIMEOUT = Duration.ofMinutes(15);

	private DistributionLocator() {
	}

	static synchronized Path locate(String version) {
		Optional<Path> override = LocalNodeSettings.distributionOverride();
		if (override.isPresent()) {
			if (!Files.isRegularFile(override.get())) {
				throw new LocalElasticsearchException("The configured distribution zip does not exist: " + override.get());
			}
			return override.get();
		}
		String relative = GROUP_PATH + "/" + version + "/elasticsearch-" + version + ".zip";
		Path zip = LocalNodeSettings.localMavenRepository().resolve(relative);
		if (!Files.isRegularFile(zip)) {
			download(URI.create(CENTRAL + relative), zip);
		}
		return zip;
	}

	private static void download(URI uri, Path target) {
		logger.info("Downloading " + uri + " to " + target);
		HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL)
			.connectTimeout(Duration.ofSeconds(30)).build();
		try {
			Files.createDirectories(target.getParent());
			String expectedSha1 = bounded(client.sendAsync(HttpRequest.newBuilder(URI.create(uri + ".sha1")).build(),
					HttpResponse.BodyHandlers.ofString(StandardCharsets.US_ASCII)), CHECKSUM_TIMEOUT, uri + ".sha1")
				.body()
				.trim()
				.split("\\s+")[0];
			Path partial = Files.createTempFile(target.getParent(), target.getFileName().toString(), ".part");
			try {
				HttpResponse<Path> response = bounded(client.sendAsync(HttpRequest.newBuilder(uri).build(),
						HttpResponse.BodyHandlers.ofFile(partial)), DOWNLOAD_TIMEOUT, uri.toString());
				if (response.statusCode() != 200) {
					throw new LocalElasticsearchException("HTTP " + response.statusCode() + " downloading " + uri);
				}
				String actualSha1 = sha1(partial);
				if (!actualSha1.equalsIgnoreCase(expectedSha1)) {
					throw new LocalElasticsearchException("SHA-1 mismatch for " + uri + ": expected " + expectedSha1
							+ ", got " + actualSha1);
				}
				Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
				Files.writeString(target.resolveSibling(target.getFileName() + ".sha1"), expectedSha1);
			}
			finally {
				Files.deleteIfExists(partial);
			}
		}
		catch (IOException ex) {
			throw new LocalElasticsearchException("Could not download " + uri + " (or set -Delastic.local-node.distribution"
					+ " to a local zip)", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new LocalElasticsearchException("Interrupted while downloading " + uri, ex);
		}
	}

	/** Waits for a whole response (body included, which a request timeout does not cover) within a bound. */
	private static <T> HttpResponse<T> bounded(CompletableFuture<HttpResponse<T>> response, Duration timeout,
			String what) throws IOException, InterruptedException {
		try {
			return response.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (TimeoutException ex) {
			response.cancel(true);
			throw new IOException("No complete answer within " + timeout.toSeconds() + " s for " + what, ex);
		}
		catch (ExecutionException ex) {
			throw (ex.getCause() instanceof IOException io) ? io : new IOException(ex.getCause());
		}
	}

	private static String sha1(Path file) throws IOException {
		try (InputStream in = Files.newInputStream(file)) {
			MessageDigest digest = Digests.sha1();
			byte[] buffer = new byte[1 << 16];
			for (int read = in.read(buffer); read > 0; read = in.read(buffer)) {
				digest.update(buffer, 0, read);
			}
			return HexFormat.of().formatHex(digest.digest());
		}
	}
}
