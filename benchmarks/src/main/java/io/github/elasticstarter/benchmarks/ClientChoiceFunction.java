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

/**
 * The sample's search as a Google Cloud Function, on a client that is either the starter's or
 * built by hand ({@link ClientChoiceApplication}): the one difference between the two cold
 * starts that {@link ColdStartComparison} compares to say what the starter adds. The context is
 * started in global scope, as the sample's function does.
 */
public final class ClientChoiceFunction implements HttpFunction {

	private static final ElasticsearchClient client = new SpringApplicationBuilder(ClientChoiceApplication.class)
		.web(WebApplicationType.NONE)
		.run()
		.getBean(ElasticsearchClient.class);

	@Override
	public void service(HttpRequest request, HttpResponse response) throws IOException {
		String text = request.getFirstQueryParameter("q").orElse("zurch");
		var hits = client.search((s) -> s.index("cities").size(10).query((q) -> q.match((m) -> m.field("asciiName")
			.query(text).fuzziness("AUTO").operator(Operator.And))), JsonData.class).hits().hits();
		response.setContentType("application/json");
		response.getWriter().write(hits.isEmpty() ? "[]" : "[" + hits.get(0).source().toJson() + "]");
	}

}
