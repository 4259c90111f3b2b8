package io.github.elasticstarter.sample;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A city as stored in the index.
 *
 * @param name the name as GeoNames spells it, such as {@code Zürich}
 * @param asciiName the name folded to ASCII ({@code Zurich}), because the node's distribution
 * has no {@code asciifolding} filter to do it at index time
 * @param country the ISO 3166-1 alpha-2 country code
 * @param admin1 the code of the first-level administrative division, or {@code null}
 * @param location where the city is
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CityDocument(String name, String asciiName, String country, String admin1, Location location) {

	/**
	 * Creates a document, deriving the ASCII name from the name.
	 */
	static CityDocument of(String name, String country, String admin1, double lat, double lon) {
		return new CityDocument(name, AsciiFolding.fold(name), country, admin1, new Location(lat, lon));
	}

	/**
	 * A {@code geo_point} in its object form.
	 *
	 * @param lat latitude in degrees
	 * @param lon longitude in degrees
	 */
	public record Location(double lat, double lon) {

	}

}
