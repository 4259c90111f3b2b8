package io.github.elasticstarter.benchmarks;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.json.JsonData;

/**
 * The floor under every Java contender of {@link ColdStartComparison}: the same search from a
 * fresh JVM with no framework at all, the client built by hand in a static field (as the Node.js
 * peer builds its client at module scope) from the same environment variables. Prints
 * {@code ANSWERED <first hit>} and exits.
 */
public final class PlainJavaSearch {

	private static final ElasticsearchClient client = HandBuiltClient.fromEnvironment(System.getenv("ELASTIC_HOSTS"),
			System.getenv("ELASTIC_API_KEY"), System.getenv("ELASTIC_SSL_CAFINGERPRINT"));

	private PlainJavaSearch() {
	}

	public static void main(String[] args) throws Exception {
		var hits = client.search((s) -> s.index("cities").size(10).query((q) -> q.match((m) -> m.field("asciiName")
			.query(args[0]).fuzziness("AUTO").operator(Operator.And))), JsonData.class).hits().hits();
		new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8)
			.println("ANSWERED " + (hits.isEmpty() ? "nothing" : hits.get(0).source().toJson()));
		client.close();
	}

}
