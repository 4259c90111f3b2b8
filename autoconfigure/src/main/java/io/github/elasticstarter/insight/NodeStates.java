package io.github.elasticstarter.insight;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import co.elastic.clients.transport.rest5_client.low_level.Node;
import co.elastic.clients.transport.rest5_client.low_level.Rest5Client;
import org.apache.hc.client5.http.RouteInfo;
import org.apache.hc.client5.http.protocol.HttpClientContext;
import org.apache.hc.core5.http.EntityDetails;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.http.HttpResponse;
import org.apache.hc.core5.http.HttpResponseInterceptor;
import org.apache.hc.core5.http.protocol.HttpContext;
import org.jspecify.annotations.Nullable;

/**
 * Which nodes are dead, and until when, as the {@code Rest5Client} decides it. The client keeps
 * that state in private fields only, so this records it from the same events: the client's
 * failure listener marks a node dead (for one minute, then longer with each consecutive failure,
 * up to 30 minutes, the client's own schedule), and any response other than 502, 503 or 504
 * (the statuses the client counts as failures) brings it back.
 */
public final class NodeStates implements HttpResponseInterceptor {

	private static final Duration FIRST_DEAD_TIME = Duration.ofMinutes(1);

	private static final Duration LONGEST_DEAD_TIME = Duration.ofMinutes(30);

	private final Map<String, DeadNode> dead = new ConcurrentHashMap<>();

	private final Map<String, Boolean> seen = new ConcurrentHashMap<>();

	private final List<Consumer<HttpHost>> newNodeListeners = new CopyOnWriteArrayList<>();

	private final Clock clock;

	NodeStates() {
		this(Clock.systemUTC());
	}

	NodeStates(Clock clock) {
		this.clock = clock;
	}

	/**
	 * A failure listener for the client that records each failure, then tells the given listener.
	 * @param next the listener the client would have had otherwise, such as the sniffer's
	 * @return the listener to give the client
	 */
	public Rest5Client.FailureListener failureListener(Rest5Client.@Nullable FailureListener next) {
		return new Rest5Client.FailureListener() {

			@Override
			public void onFailure(Node node) {
				failed(node.getHost());
				if (next != null) {
					next.onFailure(node);
				}
			}

		};
	}

	@Override
	public void process(HttpResponse response, @Nullable EntityDetails entity, HttpContext context) {
		RouteInfo route = HttpClientContext.castOrCreate(context).getHttpRoute();
		if (route == null) {
			return;
		}
		HttpHost host = route.getTargetHost();
		if (this.seen.putIfAbsent(key(host), Boolean.TRUE) == null) {
			this.newNodeListeners.forEach((listener) -> listener.accept(host));
		}
		int status = response.getCode();
		if (status != 502 && status != 503 && status != 504) {
			this.dead.remove(key(host));
		}
	}

	void failed(HttpHost host) {
		Instant now = this.clock.instant();
		this.dead.compute(key(host), (name, previous) -> {
			int failures = (previous != null) ? previous.failures() + 1 : 1;
			return new DeadNode(failures, now.plus(deadTime(failures)));
		});
	}

	/**
	 * Call the given listener for each node the client talks to for the first time, such as a
	 * node the sniffer found.
	 * @param listener the listener
	 */
	public void onNewNode(Consumer<HttpHost> listener) {
		this.newNodeListeners.add(listener);
	}

	/**
	 * The state of a node now.
	 * @param host the node
	 * @return its death, or {@code null} when it is alive
	 */
	public @Nullable DeadNode deadNode(HttpHost host) {
		return this.dead.get(key(host));
	}

	static Duration deadTime(int failures) {
		// Rest5Client: 1 minute, then 1 minute * 2^(failures / 2), at most 30 minutes
		double minutes = (failures <= 1) ? 1 : Math.pow(2, (failures - 1) * 0.5);
		Duration time = Duration.ofMillis((long) (FIRST_DEAD_TIME.toMillis() * minutes));
		return (time.compareTo(LONGEST_DEAD_TIME) > 0) ? LONGEST_DEAD_TIME : time;
	}

	static String key(HttpHost host) {
		return host.toURI();
	}

	/**
	 * A node the client skips until it is retried.
	 * @param failures the consecutive failures
	 * @param until when the client tries it again
	 */
	public record DeadNode(int failures, Instant until) {
	}

}
