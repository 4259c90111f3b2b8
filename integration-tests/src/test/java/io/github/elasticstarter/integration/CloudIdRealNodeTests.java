package io.github.elasticstarter.integration;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.Refresh;
import io.github.elasticstarter.autoconfigure.ElasticConnectionDetails;
import io.github.elasticstarter.http.ElasticClientBuilderCustomizer;
import io.github.elasticstarter.localnode.LocalElasticsearch;
import io.github.elasticstarter.localnode.spring.LoopbackHostNames;
import org.apache.hc.client5.http.impl.async.HttpAsyncClientBuilder;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A Cloud ID end to end: it names {@code <es-uuid>.localhost:<https port>}, the name resolves to
 * the local HTTPS node, TLS is verified, compression is on by default, and documents are
 * indexed and searched.
 */
@Tag("smoke")
class CloudIdRealNodeTests {

	private final LocalElasticsearch node = LocalElasticsearch.https();

	@Test
	void cloudIdConnectsWithTlsAndCompression() {
		String cloudId = "local-deployment:" + Base64.getEncoder()
			.encodeToString(("localhost:" + this.node.port() + "$abc123$kibana456").getBytes(StandardCharsets.UTF_8));
		List<String> contentEncodings = new CopyOnWriteArrayList<>();
		String index = RealNode.uniqueIndex("cloud-id");
		RealNode.runner()
			.withBean("loopbackDns", ElasticClientBuilderCustomizer.class,
					() -> LoopbackHostNames.customizer("abc123.localhost"))
			.withBean("contentEncodingRecorder", ElasticClientBuilderCustomizer.class,
					() -> recordContentEncodings(contentEncodings))
			.withPropertyValues("elastic.cloud-id=" + cloudId, "elastic.username=" + this.node.superuserName(),
					"elastic.password=" + this.node.superuserPassword(),
					"elastic.ssl.ca-fingerprint=" + this.node.caFingerprintSha256())
			.run((context) -> {
				assertThat(context.getBean(ElasticConnectionDetails.class).getNodes())
					.extracting(Object::toString)
					.containsExactly("https://abc123.localhost:" + this.node.port());
				ElasticsearchClient client = context.getBean(ElasticsearchClient.class);
				client.index((i) -> i.index(index).id("1").document(Map.of("name", "Zurich")).refresh(Refresh.True));
				long hits = client.search((s) -> s.index(index).query((q) -> q.match((m) -> m.field("name").query("zurich"))),
						Map.class)
					.hits()
					.total()
					.value();
				assertThat(hits).isEqualTo(1);
				assertThat(contentEncodings).contains("gzip");
			});
	}

	private static ElasticClientBuilderCustomizer recordContentEncodings(List<String> encodings) {
		return new ElasticClientBuilderCustomizer() {
			@Override
			public void customize(HttpAsyncClientBuilder builder) {
				builder.addRequestInterceptorLast((request, entity, context) -> {
					if (entity != null && entity.getContentEncoding() != null) {
						encodings.add(entity.getContentEncoding());
					}
				});
			}
		};
	}

}
