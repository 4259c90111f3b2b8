package io.github.elasticstarter.sample;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * A search service over the GeoNames cities that uses nothing but the starter's
 * {@code ElasticsearchClient}. Without any {@code elastic.*} connection it runs against a local
 * node that the starter's development services start; with {@code ELASTIC_CLOUD_ID} and
 * {@code ELASTIC_API_KEY} (or {@code ELASTIC_HOSTS} and credentials) it runs against that
 * deployment instead.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class SampleApplication {

	public static void main(String[] args) {
		SpringApplication.run(SampleApplication.class, args);
	}

}
