package io.github.elasticstarter.localnode.junit;

import io.github.elasticstarter.localnode.LocalElasticsearch;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Resolves {@link LocalElasticsearch} parameters to the JVM's shared nodes: {@link LocalElasticsearch#http()}, or
 * {@link LocalElasticsearch#https()} when the parameter is annotated with {@link Https}. The nodes start on first use
 * and stop when the JVM exits, so every test class of a run shares them.
 */
public class LocalElasticsearchExtension implements ParameterResolver {

	@Override
	public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
		return parameterContext.getParameter().getType() == LocalElasticsearch.class;
	}

	@Override
	public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
		return parameterContext.isAnnotated(Https.class) ? LocalElasticsearch.https() : LocalElasticsearch.http();
	}
}
