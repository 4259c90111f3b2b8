package io.github.elasticstarter.autoconfigure.springboot;

import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * One of Spring Boot's {@code spring.elasticsearch.*} properties and the {@code elastic.*}
 * property that has the same meaning.
 *
 * @param springName the Spring Boot property
 * @param elasticName the starter's property
 * @param convert turns a Spring Boot value into the starter's
 */
record SpringElasticsearchProperty(String springName, String elasticName, UnaryOperator<String> convert) {

	static final String URIS = "spring.elasticsearch.uris";

	/** Every mapped property; the URIs also carry credentials (see {@link SpringElasticsearchUris}). */
	static final List<SpringElasticsearchProperty> ALL = List.of(
			plain(URIS, "elastic.hosts"),
			plain("spring.elasticsearch.username", "elastic.username"),
			plain("spring.elasticsearch.password", "elastic.password"),
			plain("spring.elasticsearch.api-key", "elastic.api-key"),
			plain("spring.elasticsearch.path-prefix", "elastic.path-prefix"),
			plain("spring.elasticsearch.connection-timeout", "elastic.connect-timeout"),
			plain("spring.elasticsearch.socket-timeout", "elastic.socket-timeout"),
			plain("spring.elasticsearch.socket-keep-alive", "elastic.tcp-keep-alive"),
			plain("spring.elasticsearch.restclient.ssl.bundle", "elastic.ssl.bundle"),
			new SpringElasticsearchProperty("spring.elasticsearch.restclient.ssl.verify-hostname",
					"elastic.ssl.verification-mode",
					(verify) -> Boolean.parseBoolean(verify.strip()) ? "full" : "certificate"),
			plain("spring.elasticsearch.restclient.sniffer.enabled", "elastic.sniffing.enabled"),
			plain("spring.elasticsearch.restclient.sniffer.interval", "elastic.sniffing.interval"),
			plain("spring.elasticsearch.restclient.sniffer.delay-after-failure", "elastic.sniffing.delay-after-failure"));

	/** The starter's credential properties: one of them set means the starter's credentials are configured. */
	static final List<String> ELASTIC_CREDENTIALS = List.of("elastic.username", "elastic.password", "elastic.api-key",
			"elastic.bearer-token");

	static Optional<SpringElasticsearchProperty> forElasticName(String elasticName) {
		return ALL.stream().filter((property) -> property.elasticName().equals(elasticName)).findFirst();
	}

	boolean isCredential() {
		return ELASTIC_CREDENTIALS.contains(this.elasticName);
	}

	String describe() {
		return this.springName + " (as " + this.elasticName + ")";
	}

	private static SpringElasticsearchProperty plain(String springName, String elasticName) {
		return new SpringElasticsearchProperty(springName, elasticName, UnaryOperator.identity());
	}

}
