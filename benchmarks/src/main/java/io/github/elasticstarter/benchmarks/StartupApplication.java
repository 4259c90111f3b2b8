package io.github.elasticstarter.benchmarks;

import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Set;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.metrics.buffering.BufferingApplicationStartup;
import org.springframework.boot.context.metrics.buffering.StartupTimeline;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.metrics.StartupStep;

/**
 * The application whose start-up is measured: with the starter, or with Spring Boot's own
 * Elasticsearch auto-configuration, on the same class path, the other one excluded. It prints
 * the JVM's uptime when ready and the time spent creating the client beans.
 */
@SpringBootApplication
public class StartupApplication {

	private static final Set<String> CLIENT_BEANS = Set.of("elasticConnectionDetails",
			"elasticPropertiesClientBuilderCustomizer", "elasticClientLifecycle", "elasticRestClient",
			"elasticJsonpMapper", "elasticTransport", "elasticsearchClient", "elasticsearchAsyncClient",
			"elasticsearchConnectionDetails", "defaultRestClientBuilderCustomizer", "elasticsearchRestClientBuilder",
			"elasticsearchRestClient", "jacksonJsonpMapper", "restClientTransport");

	public static void main(String[] args) {
		BufferingApplicationStartup startup = new BufferingApplicationStartup(20_000);
		SpringApplication application = new SpringApplication(StartupApplication.class);
		application.setApplicationStartup(startup);
		application.addListeners((ApplicationReadyEvent event) -> report(event.getApplicationContext(), startup));
		application.run(args).close();
	}

	private static void report(ConfigurableApplicationContext context, BufferingApplicationStartup startup) {
		long readyMillis = ManagementFactory.getRuntimeMXBean().getUptime();
		List<StartupTimeline.TimelineEvent> clientBeans = startup.getBufferedTimeline()
			.getEvents()
			.stream()
			.filter((event) -> "spring.beans.instantiate".equals(event.getStartupStep().getName()))
			.filter((event) -> isClientBean(event.getStartupStep().getTags()))
			.toList();
		Set<Long> clientSteps = clientBeans.stream().map((event) -> event.getStartupStep().getId()).collect(
				java.util.stream.Collectors.toSet());
		// A bean created while creating another one is already inside the outer one's duration.
		double clientBeansMillis = clientBeans.stream()
			.filter((event) -> !clientSteps.contains(event.getStartupStep().getParentId()))
			.mapToDouble((event) -> event.getDuration().toNanos() / 1e6)
			.sum();
		System.out.println("READY uptime_ms=" + readyMillis + " client_beans_ms=" + clientBeansMillis + " beans="
				+ List.of(context.getBeanDefinitionNames()).size());
	}

	private static boolean isClientBean(StartupStep.Tags tags) {
		for (StartupStep.Tag tag : tags) {
			if ("beanName".equals(tag.getKey()) && CLIENT_BEANS.contains(tag.getValue())) {
				return true;
			}
		}
		return false;
	}

}
