package io.github.elasticstarter.autoconfigure.clients;

import io.github.elasticstarter.health.ElasticHealthIndicator;

import org.springframework.beans.factory.config.RuntimeBeanReference;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.core.type.AnnotationMetadata;

/**
 * Registers a health indicator per named client, {@code elastic-<name>}, beside the un-named
 * client's {@code elastic}: one component each, so that a health group can include or leave out
 * each cluster, and a cluster that is down shows under its own name.
 */
class NamedClientHealthRegistrar extends NamedClientsRegistrar {

	@Override
	public void registerBeanDefinitions(AnnotationMetadata metadata, BeanDefinitionRegistry registry) {
		for (String name : names()) {
			RuntimeBeanReference client = new RuntimeBeanReference(ClientNames.bean("elasticsearchAsyncClient", name));
			// The health registry names the component after the bean, less "HealthIndicator".
			registry.registerBeanDefinition("elastic-" + name + "HealthIndicator",
					factoryMethod(ElasticHealthIndicator.class, "of", ElasticHealthIndicator.class, client));
		}
	}

}
