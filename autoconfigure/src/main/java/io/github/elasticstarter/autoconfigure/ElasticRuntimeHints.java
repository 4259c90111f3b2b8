package io.github.elasticstarter.autoconfigure;

import org.springframework.aot.hint.MemberCategory;
import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.RuntimeHintsRegistrar;

/**
 * What the starter and the Elasticsearch client load reflectively or as resources, for AOT
 * processing and native images: the client's version file (read for its {@code User-Agent} and
 * compatibility headers) and the failure analyzer that {@code spring.factories} names.
 */
class ElasticRuntimeHints implements RuntimeHintsRegistrar {

	@Override
	public void registerHints(RuntimeHints hints, ClassLoader classLoader) {
		hints.resources().registerPattern("co/elastic/clients/version.properties");
		hints.reflection()
			.registerType(InvalidElasticConfigurationFailureAnalyzer.class,
					MemberCategory.INVOKE_DECLARED_CONSTRUCTORS);
	}

}
