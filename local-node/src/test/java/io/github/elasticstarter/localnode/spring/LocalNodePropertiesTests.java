package io.github.elasticstarter.localnode.spring;

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The {@code elastic.local-node.*} properties keep the names and defaults they had when they were
 * read one by one from the environment.
 */
class LocalNodePropertiesTests {

	@Test
	void defaultsStartAnHttpsNodeOnEmptyData() {
		LocalNodeProperties properties = bind(Map.of());

		assertThat(properties.isEnabled()).isTrue();
		assertThat(properties.isHttps()).isTrue();
		assertThat(properties.isKeepData()).isFalse();
	}

	@Test
	void bindsEachPropertyByItsName() {
		LocalNodeProperties properties = bind(Map.of("elastic.local-node.enabled", "false",
				"elastic.local-node.https", "false", "elastic.local-node.keep-data", "true"));

		assertThat(properties.isEnabled()).isFalse();
		assertThat(properties.isHttps()).isFalse();
		assertThat(properties.isKeepData()).isTrue();
	}

	@Test
	void aValueThatIsNotABooleanNamesItsProperty() {
		assertThatExceptionOfType(BindException.class)
			.isThrownBy(() -> bind(Map.of("elastic.local-node.keep-data", "sometimes")))
			.satisfies((ex) -> assertThat(ex.getProperty()).isNotNull()
				.satisfies((property) -> assertThat(property.getName()).hasToString("elastic.local-node.keep-data")));
	}

	private static LocalNodeProperties bind(Map<String, String> values) {
		return new Binder(new MapConfigurationPropertySource(values)).bindOrCreate("elastic.local-node",
				LocalNodeProperties.class);
	}

}
