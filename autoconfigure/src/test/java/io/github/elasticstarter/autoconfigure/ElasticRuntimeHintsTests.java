package io.github.elasticstarter.autoconfigure;

import org.junit.jupiter.api.Test;

import org.springframework.aot.hint.MemberCategory;
import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.RuntimeHintsRegistrar;
import org.springframework.aot.hint.predicate.RuntimeHintsPredicates;
import org.springframework.core.io.support.SpringFactoriesLoader;

import static org.assertj.core.api.Assertions.assertThat;

class ElasticRuntimeHintsTests {

	@Test
	void registrarIsDeclaredForAotProcessing() {
		assertThat(SpringFactoriesLoader.forResourceLocation("META-INF/spring/aot.factories")
			.load(RuntimeHintsRegistrar.class)).hasAtLeastOneElementOfType(ElasticRuntimeHints.class);
	}

	@Test
	void clientVersionFileAndFailureAnalyzerAreRegistered() {
		RuntimeHints hints = new RuntimeHints();
		new ElasticRuntimeHints().registerHints(hints, getClass().getClassLoader());
		assertThat(RuntimeHintsPredicates.resource().forResource("co/elastic/clients/version.properties"))
			.accepts(hints);
		assertThat(RuntimeHintsPredicates.reflection()
			.onType(InvalidElasticConfigurationFailureAnalyzer.class)
			.withMemberCategory(MemberCategory.INVOKE_DECLARED_CONSTRUCTORS)).accepts(hints);
	}

}
