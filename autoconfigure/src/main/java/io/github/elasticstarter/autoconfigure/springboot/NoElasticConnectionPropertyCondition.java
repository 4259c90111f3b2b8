package io.github.elasticstarter.autoconfigure.springboot;

import java.util.List;

import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.PropertySource;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * Matches when the application itself sets neither {@code elastic.cloud-id} nor
 * {@code elastic.hosts}: values that {@link SpringElasticsearchEnvironmentPostProcessor} took from
 * {@code spring.elasticsearch.*} do not count.
 */
class NoElasticConnectionPropertyCondition extends SpringBootCondition {

	@Override
	public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
		Binder binder = (context.getEnvironment() instanceof ConfigurableEnvironment environment)
				? new Binder(ConfigurationPropertySources.from(ownSources(environment))) : Binder.get(context.getEnvironment());
		if (binder.bind("elastic.cloud-id", String.class).map(StringUtils::hasText).orElse(false)) {
			return ConditionOutcome.noMatch("'elastic.cloud-id' is set");
		}
		if (!binder.bind("elastic.hosts", Bindable.listOf(String.class)).orElse(List.of()).isEmpty()) {
			return ConditionOutcome.noMatch("'elastic.hosts' is set");
		}
		return ConditionOutcome.match("neither 'elastic.cloud-id' nor 'elastic.hosts' is set");
	}

	private static List<PropertySource<?>> ownSources(ConfigurableEnvironment environment) {
		return environment.getPropertySources()
			.stream()
			.filter((source) -> !ConfigurationPropertySources.isAttachedConfigurationPropertySource(source))
			.filter((source) -> !SpringElasticsearchEnvironmentPostProcessor.PROPERTY_SOURCE_NAME
				.equals(source.getName()))
			.toList();
	}

}
