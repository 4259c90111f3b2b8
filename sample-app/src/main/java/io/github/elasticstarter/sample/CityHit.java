package io.github.elasticstarter.sample;

import co.elastic.clients.elasticsearch.core.search.Hit;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A city in an answer.
 *
 * @param id the document id, for {@code GET /cities/{id}}
 * @param name the name
 * @param country the ISO 3166-1 alpha-2 country code
 * @param admin1 the first-level administrative division code, if any
 * @param lat latitude in degrees
 * @param lon longitude in degrees
 * @param distanceKm distance from the query point in kilometres, in answers to {@code near}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CityHit(String id, String name, String country, String admin1, double lat, double lon,
		Double distanceKm) {

	static CityHit of(String id, CityDocument city) {
		return of(id, city, null);
	}

	static CityHit of(String id, CityDocument city, Double distanceKm) {
		return new CityHit(id, city.name(), city.country(), city.admin1(), city.location().lat(),
				city.location().lon(), distanceKm);
	}

	static CityHit of(Hit<CityDocument> hit) {
		return of(hit.id(), hit.source());
	}

}
