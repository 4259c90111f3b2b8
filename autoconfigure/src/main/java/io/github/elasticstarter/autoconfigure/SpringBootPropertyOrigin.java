package io.github.elasticstarter.autoconfigure;

import org.springframework.boot.origin.Origin;

/**
 * The origin of an {@code elastic.*} property whose value was taken from one of Spring Boot's
 * {@code spring.elasticsearch.*} properties, so that a failure report about it names the
 * property the user actually wrote.
 *
 * @param springProperty the Spring Boot property, such as {@code spring.elasticsearch.uris}
 */
public record SpringBootPropertyOrigin(String springProperty) implements Origin {

	@Override
	public String toString() {
		return "Spring Boot's '" + this.springProperty + "'";
	}

}
