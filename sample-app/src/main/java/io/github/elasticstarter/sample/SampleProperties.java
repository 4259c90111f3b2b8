package io.github.elasticstarter.sample;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the sample.
 *
 * @param index the index that holds the cities
 * @param data how the cities are loaded
 */
@ConfigurationProperties("sample")
public record SampleProperties(@DefaultValue("cities") String index, @DefaultValue Data data) {

	/**
	 * @param loadOnStart whether to create and fill the index at start-up when it is missing
	 * @param limit load only the first this many cities, {@code 0} for all: tests use a subset
	 * to stay fast
	 */
	public record Data(@DefaultValue("true") boolean loadOnStart, @DefaultValue("0") int limit) {

	}

}
