package io.github.elasticstarter.sample;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;

import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;

/**
 * The bundled GeoNames cities: a gzip-compressed, tab-separated file with the header
 * {@code name country admin1 lat lon}.
 */
final class CitiesFile {

	static final Resource BUNDLED = new ClassPathResource("data/cities.tsv.gz");

	private static final String HEADER = "name\tcountry\tadmin1\tlat\tlon";

	private final Resource resource;

	private final int limit;

	/**
	 * @param resource the gzip TSV file
	 * @param limit read at most this many cities, {@code 0} for all
	 */
	CitiesFile(Resource resource, int limit) {
		this.resource = resource;
		this.limit = limit;
	}

	/**
	 * Counts the cities that {@link #forEach} will pass, for progress reports. Decompressing
	 * twice costs a fraction of a second and saves holding all cities in memory.
	 */
	long count() {
		long[] count = { 0 };
		forEach((city) -> count[0]++);
		return count[0];
	}

	void forEach(Consumer<CityDocument> action) {
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(
				new GZIPInputStream(this.resource.getInputStream(), 1 << 16), StandardCharsets.UTF_8))) {
			String header = reader.readLine();
			if (!HEADER.equals(header)) {
				throw new IllegalStateException("Unexpected header in " + this.resource + ": " + header);
			}
			int read = 0;
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				if (this.limit > 0 && read >= this.limit) {
					return;
				}
				action.accept(parse(line));
				read++;
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read " + this.resource, ex);
		}
	}

	private static CityDocument parse(String line) {
		String[] fields = line.split("\t", -1);
		if (fields.length != 5) {
			throw new IllegalStateException("Expected 5 tab-separated fields: " + line);
		}
		String admin1 = fields[2].isEmpty() ? null : fields[2];
		return CityDocument.of(fields[0], fields[1], admin1, Double.parseDouble(fields[3]),
				Double.parseDouble(fields[4]));
	}

}
