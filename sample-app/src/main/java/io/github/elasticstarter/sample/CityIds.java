package io.github.elasticstarter.sample;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Document ids derived from the city itself, so that loading the data again (or adding the
 * same city twice) overwrites rather than duplicates.
 */
final class CityIds {

	/** What {@link #of} returns, for checking ids in requests. */
	static final String PATTERN = "[0-9a-f]{16}";

	static final String PATTERN_MESSAGE = "must be 16 hex digits";

	private CityIds() {
	}

	/**
	 * @return the first 16 hex digits of SHA-256 of {@code country|admin1|name|lat|lon}, with
	 * the coordinates in {@link Double#toString(double)} form so that {@code 8.50} and
	 * {@code 8.5} give the same id
	 */
	static String of(String country, String admin1, String name, double lat, double lon) {
		String key = country + "|" + ((admin1 != null) ? admin1 : "") + "|" + name + "|" + lat + "|" + lon;
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest, 0, 8);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java platform has SHA-256", ex);
		}
	}

	static String of(CityDocument city) {
		return of(city.country(), city.admin1(), city.name(), city.location().lat(), city.location().lon());
	}

}
