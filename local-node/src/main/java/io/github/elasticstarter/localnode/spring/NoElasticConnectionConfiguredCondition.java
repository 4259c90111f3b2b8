package io.github.elasticstarter.localnode.spring;

import java.util.List;

import io.github.elasticstarter.autoconfigure.ElasticClientAssembly;

import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * Matches when the application says nothing about where or as whom to connect: no Cloud ID, no
 * hosts and no credentials. Credentials without a host are a mistake the starter reports, not
 * something to drop silently in favour of the local node's superuser.
 */
class NoElasticConnectionConfiguredCondition extends SpringBootCondition {

	private static final List<String> CONNECTION_PROPERTIES = List.of("elastic.cloud-id", "elastic.username",
			"elastic.password", "elastic.api-key", "elastic.bearer-token");

	@Override
	public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
		Binder binder = Binder.get(context.getEnvironment());
		if (!ElasticClientAssembly.namedClients(binder).isEmpty()) {
			// Then the un-named client has its own connection, or there is none.
			return ConditionOutcome.noMatch("named clients ('elastic.clients.*') are configured");
		}
		if (!binder.bind("elastic.hosts", Bindable.listOf(String.class)).orElse(List.of()).isEmpty()) {
			return ConditionOutcome.noMatch("'elastic.hosts' is set");
		}
		for (String property : CONNECTION_PROPERTIES) {
			if (binder.bind(property, String.class).map(StringUtils::hasText).orElse(false)) {
				return ConditionOutcome.noMatch("'" + property + "' is set");
			}
		}
		return ConditionOutcome.match("no Elasticsearch connection is configured");
	}

}
