package io.github.elasticstarter.insight;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import co.elastic.clients.transport.rest5_client.low_level.Node;
import co.elastic.clients.transport.rest5_client.low_level.Rest5Client;
import org.apache.hc.client5.http.HttpRoute;
import org.apache.hc.client5.http.protocol.HttpClientContext;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.http.message.BasicHttpResponse;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Node states follow the client's own schedule: dead after a failure, for longer with each
 * consecutive one, alive again after an answer the client does not count as a failure.
 */
class NodeStatesTests {

	private static final Instant NOW = Instant.parse("2026-11-28T06:00:00Z");

	private static final HttpHost NODE = new HttpHost("https", "localhost", 9200);

	private final NodeStates states = new NodeStates(Clock.fixed(NOW, ZoneOffset.UTC));

	@Test
	void aFailedNodeIsDeadForAMinute() {
		this.states.failureListener(null).onFailure(new Node(NODE));
		assertThat(this.states.deadNode(NODE)).isEqualTo(new NodeStates.DeadNode(1, NOW.plus(Duration.ofMinutes(1))));
	}

	@Test
	void consecutiveFailuresLengthenTheDeadTimeUpTo30Minutes() {
		assertThat(NodeStates.deadTime(2)).isEqualTo(Duration.ofMillis((long) (60_000 * Math.sqrt(2))));
		assertThat(NodeStates.deadTime(3)).isEqualTo(Duration.ofMinutes(2));
		assertThat(NodeStates.deadTime(20)).isEqualTo(Duration.ofMinutes(30));
	}

	@Test
	void theNextListenerStillHearsOfTheFailure() {
		List<Node> heard = new ArrayList<>();
		this.states.failureListener(new Rest5Client.FailureListener() {

			@Override
			public void onFailure(Node node) {
				heard.add(node);
			}

		}).onFailure(new Node(NODE));
		assertThat(heard).extracting(Node::getHost).containsExactly(NODE);
	}

	@Test
	void anAnswerOtherThan502To504BringsTheNodeBack() {
		this.states.failureListener(null).onFailure(new Node(NODE));
		this.states.process(new BasicHttpResponse(503), null, routedTo(NODE));
		assertThat(this.states.deadNode(NODE)).isNotNull();
		this.states.process(new BasicHttpResponse(404), null, routedTo(NODE));
		assertThat(this.states.deadNode(NODE)).isNull();
	}

	@Test
	void aNewNodeIsAnnouncedOnce() {
		List<HttpHost> announced = new ArrayList<>();
		this.states.onNewNode(announced::add);
		this.states.process(new BasicHttpResponse(200), null, routedTo(NODE));
		this.states.process(new BasicHttpResponse(200), null, routedTo(NODE));
		assertThat(announced).containsExactly(NODE);
	}

	private static HttpClientContext routedTo(HttpHost node) {
		HttpClientContext context = HttpClientContext.create();
		context.setRoute(new HttpRoute(node));
		return context;
	}

}
