package io.github.elasticstarter.sample;

/**
 * No city has the requested id.
 */
class CityNotFoundException extends RuntimeException {

	CityNotFoundException(String id) {
		super("No city has the id '" + id + "'");
	}

}
