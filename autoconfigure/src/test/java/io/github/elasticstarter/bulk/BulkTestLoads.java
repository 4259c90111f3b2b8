package io.github.elasticstarter.bulk;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

import io.github.elasticstarter.autoconfigure.ElasticAutoConfiguration;
import io.github.elasticstarter.autoconfigure.bulk.ElasticBulkAutoConfiguration;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs loads in an application context connected to a {@link BulkServer}, collecting the
 * dead letters.
 */
final class BulkTestLoads {

	private final List<FailedItem> deadLetters = new CopyOnWriteArrayList<>();

	private ApplicationContextRunner runner;

	BulkTestLoads(BulkServer server) {
		this.runner = new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(JacksonAutoConfiguration.class, ElasticAutoConfiguration.class,
					ElasticBulkAutoConfiguration.class))
			.withPropertyValues("elastic.hosts=" + server.url());
	}

	BulkTestLoads with(UnaryOperator<ApplicationContextRunner> customizer) {
		this.runner = customizer.apply(this.runner);
		return this;
	}

	List<FailedItem> deadLetters() {
		return this.deadLetters;
	}

	/**
	 * Open a load named "cities" with the overrides and a dead-letter hook, add to it, and
	 * finish it.
	 */
	BulkResult load(Consumer<BulkOptions> overrides, Consumer<BulkLoad> adds, String... properties) {
		BulkResult[] result = new BulkResult[1];
		run((context) -> {
			Consumer<BulkOptions> withDeadLetters = overrides
				.andThen((options) -> options.onFailure(this.deadLetters::add));
			try (BulkLoad load = context.getBean(ElasticBulk.class).open("cities", withDeadLetters)) {
				adds.accept(load);
				result[0] = load.finish();
			}
		}, properties);
		return result[0];
	}

	void run(Consumer<AssertableApplicationContext> test, String... properties) {
		this.runner.withPropertyValues(properties).run((context) -> {
			assertThat(context).hasNotFailed();
			test.accept(context);
		});
	}

	static void addCities(BulkLoad load, int count) {
		for (int i = 0; i < count; i++) {
			load.add("cities", Integer.toString(i), Map.of("name", "city " + i));
		}
	}

}
