package io.github.elasticstarter.autoconfigure.springboot;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.github.elasticstarter.autoconfigure.SpringBootPropertyOrigin;
import org.apache.commons.logging.Log;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.config.ConfigDataEnvironmentPostProcessor;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.env.OriginTrackedMapPropertySource;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.boot.origin.OriginTrackedValue;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.util.StringUtils;

/**
 * Lets an application configured with Spring Boot's {@code spring.elasticsearch.*} properties add
 * the starter without changing a line: when no {@code elastic.cloud-id} or {@code elastic.hosts}
 * is set, each {@code spring.elasticsearch.*} property that is set becomes the {@code elastic.*}
 * property of the same meaning (with Spring Boot's default {@code http://localhost:9200} when
 * {@code spring.elasticsearch.uris} is not among them), in a property source of the lowest precedence, so that an
 * {@code elastic.*} property set anywhere still wins. One log line at start-up names what was used
 * and what replaces it; a warning names every {@code spring.elasticsearch.*} property that is
 * ignored because its {@code elastic.*} counterpart is set. Values are never logged.
 */
public class SpringElasticsearchEnvironmentPostProcessor implements EnvironmentPostProcessor, Ordered {

	/** The name of the property source holding the {@code elastic.*} values taken from Spring Boot's. */
	static final String PROPERTY_SOURCE_NAME = "elasticFromSpringElasticsearch";

	private static final String SPRING_BOOT_DEFAULT_URIS = "http://localhost:9200";

	private final Log logger;

	/**
	 * Create a new instance.
	 * @param logFactory where to log, once logging is initialized
	 */
	public SpringElasticsearchEnvironmentPostProcessor(DeferredLogFactory logFactory) {
		this.logger = logFactory.getLog(SpringElasticsearchEnvironmentPostProcessor.class);
	}

	@Override
	public int getOrder() {
		return ConfigDataEnvironmentPostProcessor.ORDER + 10;
	}

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		environment.getPropertySources().remove(PROPERTY_SOURCE_NAME);
		Binder binder = Binder.get(environment);
		Map<SpringElasticsearchProperty, String> springValues = springValues(binder);
		if (springValues.isEmpty()) {
			return;
		}
		Optional<String> elasticConnection = firstSet(binder, List.of("elastic.cloud-id", "elastic.hosts"));
		if (elasticConnection.isPresent()) {
			warnIgnored(springValues.keySet().stream().toList(), "'" + elasticConnection.get()
					+ "' is set, so the starter connects as the elastic.* properties say");
			return;
		}
		boolean elasticCredentials = firstSet(binder, SpringElasticsearchProperty.ELASTIC_CREDENTIALS).isPresent();
		Map<String, Object> mapped = new LinkedHashMap<>();
		List<SpringElasticsearchProperty> used = new ArrayList<>();
		List<SpringElasticsearchProperty> ignored = new ArrayList<>();
		springValues.forEach((property, value) -> {
			boolean overridden = (property.isCredential()) ? elasticCredentials
					: isSet(binder, property.elasticName());
			if (overridden) {
				ignored.add(property);
				return;
			}
			used.add(property);
			if (property.springName().equals(SpringElasticsearchProperty.URIS)) {
				putUris(mapped, binder, elasticCredentials, springValues);
			}
			else {
				mapped.put(property.elasticName(), property.convert().apply(value));
			}
		});
		if (!ignored.isEmpty()) {
			warnIgnored(ignored, "the elastic.* property of the same meaning is set");
		}
		if (used.isEmpty()) {
			return;
		}
		String defaultUris = "";
		if (!mapped.containsKey("elastic.hosts")) {
			mapped.put("elastic.hosts", SPRING_BOOT_DEFAULT_URIS);
			defaultUris = " and the default of spring.elasticsearch.uris, " + SPRING_BOOT_DEFAULT_URIS
					+ " (as elastic.hosts)";
		}
		mapped.replaceAll((elasticName, value) -> OriginTrackedValue.of(value,
				new SpringBootPropertyOrigin(springPropertyFor(elasticName).orElse(SpringElasticsearchProperty.URIS))));
		environment.getPropertySources().addLast(new OriginTrackedMapPropertySource(PROPERTY_SOURCE_NAME, mapped));
		this.logger.info("Using Spring Boot's Elasticsearch configuration: " + describe(used) + defaultUris
				+ ". Rename them to the elastic.* properties to silence this message.");
	}

	private static void putUris(Map<String, Object> mapped, Binder binder, boolean elasticCredentials,
			Map<SpringElasticsearchProperty, String> springValues) {
		SpringElasticsearchUris uris = SpringElasticsearchUris
			.parse(binder.bind(SpringElasticsearchProperty.URIS, Bindable.listOf(String.class)).get());
		mapped.put("elastic.hosts", String.join(",", uris.hosts()));
		boolean springCredentials = springValues.keySet().stream().anyMatch(SpringElasticsearchProperty::isCredential);
		if (uris.username() != null && !elasticCredentials && !springCredentials) {
			mapped.put("elastic.username", uris.username());
			if (uris.password() != null) {
				mapped.put("elastic.password", uris.password());
			}
		}
	}

	/**
	 * The Spring Boot property that an {@code elastic.*} property may be taken from.
	 */
	private static Optional<String> springPropertyFor(String elasticProperty) {
		return SpringElasticsearchProperty.forElasticName(elasticProperty).map(SpringElasticsearchProperty::springName);
	}

	private void warnIgnored(List<SpringElasticsearchProperty> ignored, String reason) {
		this.logger.warn("Ignoring Spring Boot's " + String.join(", ",
				ignored.stream().map(SpringElasticsearchProperty::springName).toList()) + ": " + reason
				+ ". Remove them, or move their values to " + String.join(", ",
						ignored.stream().map(SpringElasticsearchProperty::elasticName).toList()) + ".");
	}

	private static Map<SpringElasticsearchProperty, String> springValues(Binder binder) {
		Map<SpringElasticsearchProperty, String> values = new LinkedHashMap<>();
		for (SpringElasticsearchProperty property : SpringElasticsearchProperty.ALL) {
			bound(binder, property.springName()).ifPresent((value) -> values.put(property, value));
		}
		return values;
	}

	private static Optional<String> firstSet(Binder binder, List<String> names) {
		return names.stream().filter((name) -> isSet(binder, name)).findFirst();
	}

	private static boolean isSet(Binder binder, String name) {
		return bound(binder, name).isPresent();
	}

	private static Optional<String> bound(Binder binder, String name) {
		boolean list = name.equals(SpringElasticsearchProperty.URIS) || name.equals("elastic.hosts");
		String value = list ? binder.bind(name, Bindable.listOf(String.class)).map(SpringElasticsearchEnvironmentPostProcessor::join).orElse(null)
				: binder.bind(name, String.class).orElse(null);
		return Optional.ofNullable(value).filter(StringUtils::hasText);
	}

	private static String join(List<String> values) {
		return String.join(",", values);
	}

	private static String describe(List<SpringElasticsearchProperty> properties) {
		return String.join(", ", properties.stream().map(SpringElasticsearchProperty::describe).toList());
	}

}
