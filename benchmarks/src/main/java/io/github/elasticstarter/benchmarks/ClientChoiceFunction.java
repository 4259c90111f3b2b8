package io.github.elasticstarter.benchmarks;

import java.io.IOException;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.json.JsonData;
import com.google.cloud.functions.HttpFunction;
import com.google.cloud.functions.HttpRequest;
import com.google.cloud.functions.HttpResponse;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.metrics.buffering.BufferingApplicationStartup;
import org.springframework.boot.context.metrics.buffering.StartupTimeline;

/**
 * The sample's search as a Google Cloud Function, on a client that is either the starter's or
 * built by hand ({@link ClientChoiceApplication}): the one difference between the two cold
 * starts that {@link ColdStartComparison} compares to say what the starter adds. The context is
 * started in global scope, as the sample's function does.
 */
public final class ClientChoiceFunction implements HttpFunction {

	private static final ElasticsearchClient client = start();

	/**
	 * Starts the context; with {@code BENCHMARK_STARTUP_STEPS=true}, prints the bean creations
	 * that took 10 ms or more, outermost first, to see where a cold start goes.
	 */
	private static ElasticsearchClient start() {
		BufferingApplicationStartup startup = new BufferingApplicationStartup(10_000);
		ElasticsearchClient started = new SpringApplicationBuilder(ClientChoiceApplication.class)
			.web(WebApplicationType.NONE)
			.applicationStartup(startup)
			.run()
			.getBean(ElasticsearchClient.class);
		if (Boolean.parseBoolean(System.getenv("BENCHMARK_STARTUP_STEPS"))) {
			for (StartupTimeline.TimelineEvent event : startup.getBufferedTimeline().getEvents()) {
				if (event.getDuration().toMillis() >= 10) {
					StringBuilder tags = new StringBuilder();
					event.getStartupStep().getTags().forEach((tag) -> tags.append(' ').append(tag.getValue()));
					System.out.printf("STEP %5d ms %s%s%n", event.getDuration().toMillis(),
							event.getStartupStep().getName(), tags);
				}
			}
		}
		return started;
	}

	@Override
	public void service(HttpRequest request, HttpResponse response) throws IOException {
		String text = request.getFirstQueryParameter("q").orElse("zurch");
		var hits = client.search((s) -> s.index("cities").size(10).query((q) -> q.match((m) -> m.field("asciiName")
			.query(text).fuzziness("AUTO").operator(Operator.And))), JsonData.class).hits().hits();
		response.setContentType("application/json");
		response.getWriter().write(hits.isEmpty() ? "[]" : "[" + hits.get(0).source().toJson() + "]");
	}

}
