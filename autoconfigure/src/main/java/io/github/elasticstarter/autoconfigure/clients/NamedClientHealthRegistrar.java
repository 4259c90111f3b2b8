package io.github.elasticstarter.autoconfigure.clients;

import io.github.elasticstarter.autoconfigure.health.ElasticHealthIndicator;

import org.springframework.beans.factory.config.AutowireCapableBeanFactory;
import org.springframework.beans.factory.config.RuntimeBeanReference;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.EnvironmentAware;
import org.springframework.context.annotation.ImportBeanDefinitionRegistrar;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotationMetadata;

/**
 * Registers a health indicator per named client, {@code elastic-<name>}, beside the un-named
 * client's {@code elastic}: one component each, so that a health group can include or leave out
 * each cluster, and a cluster that is down shows under its own name.
 */
class NamedClientHealthRegistrar implements ImportBeanDefinitionRegistrar, EnvironmentAware {

	private Environment environment;

	@Override
	public void setEnvironment(Environment environment) {
		this.environment = environment;
	}

	@Override
	public void registerBeanDefinitions(AnnotationMetadata metadata, BeanDefinitionRegistry registry) {
		for (String name : NamedElasticClients.names(Binder.get(this.environment))) {
			RootBeanDefinition indicator = new RootBeanDefinition(ElasticHealthIndicator.class);
			indicator.setFactoryMethodName("of");
			indicator.setTargetType(ElasticHealthIndicator.class);
			indicator.setAutowireMode(AutowireCapableBeanFactory.AUTOWIRE_CONSTRUCTOR);
			indicator.getConstructorArgumentValues()
				.addIndexedArgumentValue(0, new RuntimeBeanReference(ClientNames.bean("elasticsearchAsyncClient", name)));
			// The health registry names the component after the bean, less "HealthIndicator".
			registry.registerBeanDefinition("elastic-" + name + "HealthIndicator", indicator);
		}
	}

}
