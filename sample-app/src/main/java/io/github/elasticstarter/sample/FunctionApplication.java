package io.github.elasticstarter.sample;

import java.util.Map;

import io.github.elasticstarter.autoconfigure.InvalidElasticConfigurationException;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * The sample's application context for the function entry points that have no Spring adapter
 * (Google Cloud Functions, Azure Functions): started once per process, in global scope, and
 * shared by every invocation, so that the starter's singleton synchronous client and its
 * connection pool outlive the requests.
 * <p>
 * A start-up failure is kept, not thrown: Spring Boot logs its failure report once, and every
 * request is then answered with the {@linkplain #failure() explanation}, which names the
 * property at fault, instead of a stack trace.
 */
final class FunctionApplication {

	/**
	 * Defaults for a function: a cold start never loads data (set {@code SAMPLE_DATA_LOAD_ON_START=true}
	 * to load it), and no web server.
	 */
	private static final Map<String, Object> DEFAULTS = Map.of("sample.data.load-on-start", "false");

	private static @Nullable FunctionApplication started;

	private final @Nullable CitySearch search;

	private final @Nullable String failure;

	private FunctionApplication(@Nullable CitySearch search, @Nullable String failure) {
		this.search = search;
		this.failure = failure;
	}

	/**
	 * @return the application, started by the first caller in this process
	 */
	static synchronized FunctionApplication get() {
		if (started == null) {
			started = start();
		}
		return started;
	}

	private static FunctionApplication start() {
		Thread thread = Thread.currentThread();
		ClassLoader previous = thread.getContextClassLoader();
		// The platforms load the function in a class loader of their own: Spring looks for its resources there.
		thread.setContextClassLoader(FunctionApplication.class.getClassLoader());
		try {
			// The main class names the AOT-generated initializer (-Dspring.aot.enabled=true): it is the
			// platform's, not the application's, unless it is said.
			CitySearch search = new SpringApplicationBuilder(SampleApplication.class).main(SampleApplication.class)
				.web(WebApplicationType.NONE)
				.properties(DEFAULTS)
				.run()
				.getBean(CitySearch.class);
			return new FunctionApplication(search, null);
		}
		catch (RuntimeException ex) {
			// Spring Boot has logged its failure report: keep the explanation for the requests, log nothing more.
			return new FunctionApplication(null, explanation(ex));
		}
		finally {
			thread.setContextClassLoader(previous);
		}
	}

	/**
	 * What went wrong at start-up, for the caller: the property at fault and how to fix it when
	 * the starter refused the configuration (never a secret: its messages carry none), else the
	 * innermost cause.
	 */
	static String explanation(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof InvalidElasticConfigurationException invalid) {
				String problem = invalid.getProblem();
				return "The Elasticsearch client could not be configured: " + invalid.getProperty() + ": " + problem
						+ (problem.endsWith(".") ? " " : ". ") + invalid.getAction();
			}
			if (cause.getCause() == cause) {
				break;
			}
		}
		return "The function could not start: " + ElasticsearchFailures.reason(failure);
	}

	/**
	 * @return the search, or {@code null} when the application failed to start
	 */
	@Nullable CitySearch search() {
		return this.search;
	}

	/**
	 * @return why the application failed to start, or {@code null} when it started
	 */
	@Nullable String failure() {
		return this.failure;
	}

}
