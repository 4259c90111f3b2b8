package io.github.elasticstarter.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * The sample application's GeoNames cities, read from its resources, as documents.
 */
final class CitiesData {

	private CitiesData() {
	}

	static List<Map<String, Object>> load(Path file) throws IOException {
		List<Map<String, Object>> cities = new ArrayList<>();
		try (BufferedReader in = new BufferedReader(new InputStreamReader(
				new GZIPInputStream(Files.newInputStream(file)), StandardCharsets.UTF_8))) {
			in.readLine();
			for (String line = in.readLine(); line != null; line = in.readLine()) {
				String[] fields = line.split("\t", -1);
				Map<String, Object> city = new LinkedHashMap<>();
				city.put("name", fields[0]);
				city.put("country", fields[1]);
				city.put("admin1", fields[2]);
				city.put("location", Map.of("lat", Double.parseDouble(fields[3]), "lon", Double.parseDouble(fields[4])));
				cities.add(city);
			}
		}
		return cities;
	}

}
