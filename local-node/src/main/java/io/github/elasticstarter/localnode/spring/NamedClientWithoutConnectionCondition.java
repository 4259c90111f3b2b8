package io.github.elasticstarter.localnode.spring;

import io.github.elasticstarter.autoconfigure.ElasticClientAssembly;
import io.github.elasticstarter.autoconfigure.ElasticProperties;
import io.github.elasticstarter.autoconfigure.clients.NamedElasticClients;

import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Matches when a named client ({@code elastic.clients.<name>}) says nothing about where or as
 * whom to connect.
 */
class NamedClientWithoutConnectionCondition extends SpringBootCondition {

	@Override
	public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
		Binder binder = Binder.get(context.getEnvironment());
		for (String name : ElasticClientAssembly.namedClients(binder)) {
			ElasticProperties properties = binder.bindOrCreate("elastic.clients." + name, ElasticProperties.class);
			if (!NamedElasticClients.configuresConnection(properties)) {
				return ConditionOutcome.match("the named client '" + name + "' configures no connection");
			}
		}
		return ConditionOutcome.noMatch("every named client configures its connection");
	}

}
