package io.github.elasticstarter.observation;

import co.elastic.clients.transport.Endpoint;
import co.elastic.clients.transport.TransportOptions;
import co.elastic.clients.transport.http.TransportHttpClient;
import co.elastic.clients.transport.instrumentation.Instrumentation;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import org.jspecify.annotations.Nullable;

/**
 * Observes every API call of the Elasticsearch client through Micrometer's
 * {@link ObservationRegistry}, through the client's own {@link Instrumentation} hook: one
 * integration gives a timer (with a metrics handler) and a span (with a tracing handler).
 */
public class ObservationInstrumentation implements Instrumentation {

	private final ObservationRegistry registry;

	private final @Nullable ElasticObservationConvention convention;

	private final String client;

	/**
	 * Create a new instance for the un-named client.
	 * @param registry the registry to observe through
	 * @param convention a convention that replaces the default one, or {@code null}
	 */
	public ObservationInstrumentation(ObservationRegistry registry, @Nullable ElasticObservationConvention convention) {
		this(registry, convention, "default");
	}

	private ObservationInstrumentation(ObservationRegistry registry, @Nullable ElasticObservationConvention convention,
			String client) {
		this.registry = registry;
		this.convention = convention;
		this.client = client;
	}

	/**
	 * The same instrumentation for another client, whose calls carry its name.
	 * @param client the client's name, the {@code client} tag
	 * @return the instrumentation of that client
	 */
	public ObservationInstrumentation forClient(String client) {
		return new ObservationInstrumentation(this.registry, this.convention, client);
	}

	@Override
	public <TRequest> Context newContext(TRequest request, Endpoint<TRequest, ?, ?> endpoint) {
		String operation = endpoint.id().startsWith("es/") ? endpoint.id().substring(3) : endpoint.id();
		ElasticRequestContext context = new ElasticRequestContext(operation, this.client);
		Observation observation = Observation.createNotStarted(this.convention, ElasticObservationConvention.DEFAULT,
				() -> context, this.registry);
		return new ObservedCall(observation.start(), context);
	}

	private static final class ObservedCall implements Context {

		private final Observation observation;

		private final ElasticRequestContext context;

		ObservedCall(Observation observation, ElasticRequestContext context) {
			this.observation = observation;
			this.context = context;
		}

		@Override
		public ThreadScope makeCurrent() {
			Observation.Scope scope = this.observation.openScope();
			return scope::close;
		}

		@Override
		public void beforeSendingHttpRequest(TransportHttpClient.Request httpRequest, TransportOptions options) {
		}

		@Override
		public void afterReceivingHttpResponse(TransportHttpClient.Response httpResponse) {
			this.context.setStatus(httpResponse.statusCode());
		}

		@Override
		public <TResponse> void afterDecodingApiResponse(TResponse apiResponse) {
		}

		@Override
		public void recordException(Throwable thr) {
			this.observation.error(thr);
		}

		@Override
		public void close() {
			this.observation.stop();
		}

	}

}
