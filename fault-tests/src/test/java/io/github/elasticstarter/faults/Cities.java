package io.github.elasticstarter.faults;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * The sample application's data set ({@code sample-app/src/main/resources/data/cities.tsv.gz},
 * GeoNames, CC BY 4.0): gzip TSV {@code name country admin1 lat lon} after a header line.
 */
final class Cities {

	static final Path DATA = Path.of("..", "sample-app", "src", "main", "resources", "data", "cities.tsv.gz");

	/**
	 * A city as indexed, with an explicit id ({@code city-<line>}) so that a duplicate cannot
	 * hide behind a generated id.
	 */
	record City(String id, String name, String country, String admin1, double lat, double lon) {

		Document document() {
			return new Document(this.name, this.country, this.admin1, this.lat, this.lon);
		}

	}

	/** The indexed source of a city. */
	record Document(String name, String country, String admin1, double lat, double lon) {

	}

	private Cities() {
	}

	/** The first {@code count} cities of the data set. */
	static List<City> first(int count) throws IOException {
		if (!Files.isRegularFile(DATA)) {
			throw new IllegalStateException("The sample data set is missing: " + DATA.toAbsolutePath()
					+ " (the tests run from the fault-tests folder of the project)");
		}
		List<City> cities = new ArrayList<>(count);
		try (BufferedReader reader = new BufferedReader(
				new InputStreamReader(new GZIPInputStream(Files.newInputStream(DATA)), StandardCharsets.UTF_8))) {
			reader.readLine(); // header
			String line;
			while (cities.size() < count && (line = reader.readLine()) != null) {
				String[] fields = line.split("\t", -1);
				cities.add(new City("city-" + (cities.size() + 1), fields[0], fields[1], fields[2],
						Double.parseDouble(fields[3]), Double.parseDouble(fields[4])));
			}
		}
		if (cities.size() < count) {
			throw new IllegalStateException("Only " + cities.size() + " cities in " + DATA);
		}
		return cities;
	}

}
