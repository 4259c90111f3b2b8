package io.github.elasticstarter.autoconfigure;

import co.elastic.clients.transport.instrumentation.Instrumentation;
import io.github.elasticstarter.observation.ElasticObservationConvention;
import io.github.elasticstarter.observation.ObservationInstrumentation;
import io.micrometer.observation.ObservationRegistry;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Observes the client's API calls when the application has an {@link ObservationRegistry}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnClass(ObservationRegistry.class)
@ConditionalOnBean(ObservationRegistry.class)
class ElasticObservationConfiguration {

	@Bean
	@ConditionalOnMissingBean(Instrumentation.class)
	ObservationInstrumentation elasticObservationInstrumentation(ObservationRegistry registry,
			ObjectProvider<ElasticObservationConvention> convention) {
		return new ObservationInstrumentation(registry, convention.getIfUnique());
	}

}
