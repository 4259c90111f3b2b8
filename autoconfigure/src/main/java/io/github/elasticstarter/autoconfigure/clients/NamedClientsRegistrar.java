package io.github.elasticstarter.autoconfigure.clients;

import java.util.Set;

import io.github.elasticstarter.autoconfigure.ElasticClientAssembly;

import org.springframework.beans.factory.config.AutowireCapableBeanFactory;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.EnvironmentAware;
import org.springframework.context.annotation.ImportBeanDefinitionRegistrar;
import org.springframework.core.env.Environment;

/**
 * Registers beans for each named client from the properties, as definitions that AOT
 * processing can write down: static factory methods with the client's name or references to
 * other beans as arguments, the rest autowired.
 */
abstract class NamedClientsRegistrar implements ImportBeanDefinitionRegistrar, EnvironmentAware {

	private Environment environment;

	@Override
	public void setEnvironment(Environment environment) {
		this.environment = environment;
	}

	Environment environment() {
		return this.environment;
	}

	Set<String> names() {
		return ElasticClientAssembly.namedClients(Binder.get(this.environment));
	}

	static RootBeanDefinition factoryMethod(Class<?> factory, String method, Class<?> type, Object... arguments) {
		RootBeanDefinition definition = new RootBeanDefinition(factory);
		definition.setFactoryMethodName(method);
		definition.setTargetType(type);
		definition.setAutowireMode(AutowireCapableBeanFactory.AUTOWIRE_CONSTRUCTOR);
		for (int i = 0; i < arguments.length; i++) {
			definition.getConstructorArgumentValues().addIndexedArgumentValue(i, arguments[i]);
		}
		return definition;
	}

}
