package io.github.elasticstarter.client;

import java.util.List;

import co.elastic.clients.elasticsearch.ElasticsearchAsyncClient;
import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.transport.rest5_client.Rest5ClientTransport;
import co.elastic.clients.transport.rest5_client.low_level.Rest5Client;
import co.elastic.clients.transport.rest5_client.low_level.sniffer.Sniffer;
import io.github.elasticstarter.http.ElasticClientLifecycle;
import io.github.elasticstarter.insight.ClientInsight;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.ContextClosedEvent;

/**
 * One client built as a whole, as each named client is: its connection pool taken through the
 * application context's life cycle, the beans an application injects, and what must be closed
 * with it. The pool is closed once, here: the beans taken from it do not close it.
 */
public final class ManagedElasticClient
		implements SmartLifecycle, ApplicationListener<ApplicationEvent>, DisposableBean {

	private final ElasticClientLifecycle lifecycle;

	private final Rest5Client restClient;

	private final Rest5ClientTransport transport;

	private final @Nullable Sniffer sniffer;

	private final ClientInsight insight;

	private final List<ApplicationListener<ApplicationEvent>> listeners;

	private final List<AutoCloseable> closedLast;

	/**
	 * Take charge of a client's parts.
	 * @param lifecycle the life cycle of its connection pool
	 * @param restClient its low-level client
	 * @param transport its transport
	 * @param sniffer its sniffer, if it discovers nodes
	 * @param insight the client seen from inside
	 * @param listeners told of application events, such as an environment refresh
	 * @param closedLast closed after the pool, such as credential file watchers
	 */
	public ManagedElasticClient(ElasticClientLifecycle lifecycle, Rest5Client restClient,
			Rest5ClientTransport transport, @Nullable Sniffer sniffer, ClientInsight insight,
			List<ApplicationListener<ApplicationEvent>> listeners, List<AutoCloseable> closedLast) {
		this.lifecycle = lifecycle;
		this.restClient = restClient;
		this.transport = transport;
		this.sniffer = sniffer;
		this.insight = insight;
		this.listeners = List.copyOf(listeners);
		this.closedLast = List.copyOf(closedLast);
	}

	/**
	 * The low-level client, for requests the Java API client has no method for.
	 * @return the low-level client over this client's connection pool
	 */
	public Rest5Client restClient() {
		return this.restClient;
	}

	/**
	 * The transport the API clients send their requests through.
	 * @return the transport over the low-level client
	 */
	public Rest5ClientTransport transport() {
		return this.transport;
	}

	/**
	 * A blocking API client over this client's transport; each call returns a new one, and they all
	 * share the connection pool.
	 * @return a new blocking client
	 */
	public ElasticsearchClient client() {
		return new ElasticsearchClient(this.transport);
	}

	/**
	 * An asynchronous API client over this client's transport; each call returns a new one, and they
	 * all share the connection pool.
	 * @return a new asynchronous client
	 */
	public ElasticsearchAsyncClient asyncClient() {
		return new ElasticsearchAsyncClient(this.transport);
	}

	/**
	 * The client seen from inside, for the {@code elastic} endpoint, the pool gauges and the
	 * start-up check.
	 * @return the insight
	 */
	public ClientInsight insight() {
		return this.insight;
	}

	@Override
	public void onApplicationEvent(ApplicationEvent event) {
		if (event instanceof ContextClosedEvent closed) {
			this.lifecycle.onApplicationEvent(closed);
		}
		this.listeners.forEach((listener) -> listener.onApplicationEvent(event));
	}

	@Override
	public void start() {
		this.lifecycle.start();
	}

	@Override
	public void stop() {
		this.lifecycle.stop();
	}

	@Override
	public boolean isRunning() {
		return this.lifecycle.isRunning();
	}

	@Override
	public int getPhase() {
		return this.lifecycle.getPhase();
	}

	/**
	 * Stop sniffing, close the connection pool, then what is closed last.
	 */
	@Override
	public void destroy() throws Exception {
		try {
			if (this.sniffer != null) {
				this.sniffer.close();
			}
			this.restClient.close();
		}
		finally {
			for (AutoCloseable closeable : this.closedLast) {
				closeable.close();
			}
		}
	}

	@Override
	public String toString() {
		return "ManagedElasticClient[" + this.insight.clientName() + ", " + this.restClient.getNodes() + "]";
	}

}
