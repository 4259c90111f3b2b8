package io.github.elasticstarter.localnode;

import java.net.http.HttpResponse;

import io.github.elasticstarter.localnode.junit.LocalElasticsearchTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

@LocalElasticsearchTest
class HttpNodeTest {

	@Test
	void clusterHealthAnswersTheSuperuserOverHttp(LocalElasticsearch node) throws Exception {
		assertThat(node.isSecure()).isFalse();
		assertThat(node.baseUri().getScheme()).isEqualTo("http");
		assertThat(node.baseUri().getPort()).isEqualTo(node.port());
		assertThat(node.host()).isEqualTo("127.0.0.1");

		HttpResponse<String> response = Requests.get(node, "_cluster/health",
				Requests.basic(node.superuserName(), node.superuserPassword()));

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).containsPattern("\"status\":\"(green|yellow)\"")
			.contains("\"number_of_nodes\":1");
	}

	@Test
	void wrongPasswordIsRejected(LocalElasticsearch node) throws Exception {
		HttpResponse<String> response = Requests.get(node, "_cluster/health",
				Requests.basic(node.superuserName(), node.superuserPassword() + "-wrong"));

		assertThat(response.statusCode()).isEqualTo(401);
	}

	@Test
	void requestsWithoutCredentialsAreRejected(LocalElasticsearch node) throws Exception {
		HttpResponse<String> response = Requests.client(node.sslContext())
			.send(java.net.http.HttpRequest.newBuilder(node.baseUri().resolve("_cluster/health"))
				.timeout(java.time.Duration.ofSeconds(30))
				.build(),
					HttpResponse.BodyHandlers.ofString());

		assertThat(response.statusCode()).isEqualTo(401);
	}

	@Test
	void sharedNodeIsStartedOncePerJvm(LocalElasticsearch node) {
		assertThat(LocalElasticsearch.http()).isSameAs(node);
		assertThat(LocalElasticsearch.https()).isNotSameAs(node);
	}
}
