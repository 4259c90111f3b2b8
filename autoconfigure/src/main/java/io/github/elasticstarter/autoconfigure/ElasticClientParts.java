package io.github.elasticstarter.autoconfigure;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import co.elastic.clients.elasticsearch.ElasticsearchAsyncClient;
import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.JsonpMapper;
import co.elastic.clients.transport.instrumentation.Instrumentation;
import co.elastic.clients.transport.rest5_client.Rest5ClientTransport;
import co.elastic.clients.transport.rest5_client.low_level.Rest5Client;
import co.elastic.clients.transport.rest5_client.low_level.Rest5ClientBuilder;
import co.elastic.clients.transport.rest5_client.low_level.sniffer.ElasticsearchNodesSniffer;
import co.elastic.clients.transport.rest5_client.low_level.sniffer.SniffOnFailureListener;
import co.elastic.clients.transport.rest5_client.low_level.sniffer.Sniffer;
import io.github.elasticstarter.autoconfigure.credentials.ElasticCredentialsProvider;
import io.github.elasticstarter.autoconfigure.credentials.ReloadingCredentialsProvider;
import io.github.elasticstarter.autoconfigure.insight.ClientInsight;
import io.github.elasticstarter.autoconfigure.insight.ConnectionRecorder;
import io.github.elasticstarter.autoconfigure.observation.ObservationInstrumentation;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.ssl.SslBundles;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.core.annotation.AnnotationAwareOrderComparator;
import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

/**
 * Builds one client: credentials, TLS trust, connection pool, {@link Rest5Client}, transport and
 * the synchronous and asynchronous clients. The un-named client's beans call the steps one by
 * one (so that each stays replaceable); a named client ({@code elastic.clients.<name>}) gets all
 * of them at once from {@link #build}. Additions that every client needs belong in these steps,
 * or in an {@link ElasticClientBuilderCustomizer}, which applies to every client.
 */
public final class ElasticClientParts implements SmartLifecycle, ApplicationListener<ApplicationEvent>, DisposableBean {

	/**
	 * The name of the un-named {@code elastic.*} client wherever a client name is shown: the
	 * {@code client} tag of metrics, health, endpoints.
	 */
	public static final String DEFAULT_NAME = "default";

	private final ElasticCredentialsProvider credentialsProvider;

	private final @Nullable CaFingerprintRefresher caFingerprintRefresher;

	private final ElasticClientLifecycle lifecycle;

	private final Rest5Client restClient;

	private final Rest5ClientTransport transport;

	private final @Nullable Sniffer sniffer;

	private final ClientInsight insight;

	private ElasticClientParts(ElasticCredentialsProvider credentialsProvider,
			@Nullable CaFingerprintRefresher caFingerprintRefresher, ElasticClientLifecycle lifecycle,
			Rest5Client restClient, Rest5ClientTransport transport, @Nullable Sniffer sniffer, ClientInsight insight) {
		this.insight = insight;
		this.credentialsProvider = credentialsProvider;
		this.caFingerprintRefresher = caFingerprintRefresher;
		this.lifecycle = lifecycle;
		this.restClient = restClient;
		this.transport = transport;
		this.sniffer = sniffer;
	}

	/**
	 * Build every part of a named client.
	 * @param name the client's name, the key under {@code elastic.clients}
	 * @param properties its properties, bound from {@code elastic.clients.<name>}
	 * @param rebind binds its properties again, after a refresh of the environment
	 * @param connectionDetails where the client connects to, or {@code null} to read it from the
	 * properties
	 * @param shared what all clients share
	 * @return the parts
	 * @throws InvalidElasticConfigurationException naming the property by its full path, such
	 * as {@code elastic.clients.archive.cloud-id}
	 */
	public static ElasticClientParts build(String name, ElasticProperties properties,
			Supplier<ElasticProperties> rebind, @Nullable ElasticConnectionDetails connectionDetails, Shared shared) {
		String prefix = "elastic.clients." + name;
		try {
			ElasticConnectionDetails details = (connectionDetails != null) ? connectionDetails
					: new PropertiesElasticConnectionDetails(properties, shared.sslBundles());
			boolean fromProperties = details instanceof PropertiesElasticConnectionDetails;
			ElasticCredentialsProvider credentials = credentialsProvider(properties, details,
					() -> rebindCredentials(rebind, prefix));
			ConnectionRecorder recorder = new ConnectionRecorder(name);
			PropertiesClientBuilderCustomizer customizer = propertiesCustomizer(properties, details, credentials,
					fromProperties ? shared.sslBundles() : null, recorder);
			CaFingerprintRefresher refresher = fromProperties ? new CaFingerprintRefresher(shared.environment(),
					prefix + ".ssl.ca-fingerprint", customizer, details.getCaFingerprint()) : null;
			List<ElasticClientBuilderCustomizer> customizers = new ArrayList<>(shared.customizers()
				.stream()
				.filter((candidate) -> !(candidate instanceof PropertiesClientBuilderCustomizer))
				.toList());
			customizers.add(customizer);
			AnnotationAwareOrderComparator.sort(customizers);
			ElasticClientLifecycle lifecycle = lifecycle(properties, details, customizers, recorder);
			ElasticProperties.Sniffing sniffing = properties.getSniffing();
			SniffOnFailureListener onFailure = (sniffing.isEnabled() && sniffing.isOnFailure())
					? new SniffOnFailureListener() : null;
			Rest5Client restClient = restClient(details, lifecycle, customizers, onFailure, recorder);
			Sniffer sniffer = sniffing.isEnabled() ? sniffer(restClient, sniffing, details, onFailure) : null;
			Instrumentation instrumentation = shared.instrumentation();
			if (instrumentation instanceof ObservationInstrumentation observation) {
				instrumentation = observation.forClient(name);
			}
			Rest5ClientTransport transport = transport(restClient, shared.mapper(), properties, shared.environment(),
					instrumentation);
			return new ElasticClientParts(credentials, refresher, lifecycle, restClient, transport, sniffer,
					new ClientInsight(restClient, recorder, properties, details, credentials));
		}
		catch (InvalidElasticConfigurationException ex) {
			throw ex.underPrefix(prefix);
		}
	}

	static ElasticCredentialsProvider credentialsProvider(ElasticProperties properties,
			ElasticConnectionDetails connectionDetails, Supplier<ElasticCredentials> reader) {
		if (!(connectionDetails instanceof PropertiesElasticConnectionDetails)) {
			return ElasticCredentialsProvider.of(connectionDetails.getCredentials());
		}
		return new ReloadingCredentialsProvider(connectionDetails.getCredentials(), reader,
				PropertiesCredentials.files(properties), properties.getCredentialFileGracePeriod());
	}

	static PropertiesClientBuilderCustomizer propertiesCustomizer(ElasticProperties properties,
			ElasticConnectionDetails connectionDetails, ElasticCredentialsProvider credentialsProvider,
			@Nullable SslBundles sslBundles, ConnectionRecorder recorder) {
		PropertiesClientBuilderCustomizer customizer = new PropertiesClientBuilderCustomizer(properties,
				connectionDetails, credentialsProvider, recorder);
		String bundle = properties.getSsl().getBundle();
		if (connectionDetails instanceof PropertiesElasticConnectionDetails && sslBundles != null
				&& StringUtils.hasText(bundle)) {
			sslBundles.addBundleUpdateHandler(bundle, (reloaded) -> customizer.reloadTrust(reloaded, null));
		}
		return customizer;
	}

	static ElasticClientLifecycle lifecycle(ElasticProperties properties, ElasticConnectionDetails connectionDetails,
			List<ElasticClientBuilderCustomizer> orderedCustomizers, ConnectionRecorder recorder) {
		ElasticPropertiesValidator.validate(properties, connectionDetails);
		ElasticSecurityWarnings.log(properties, connectionDetails);
		return new ElasticClientLifecycle(
				new RestartableHttpAsyncClient(new HttpAsyncClientFactory(orderedCustomizers, recorder)));
	}

	static Rest5Client restClient(ElasticConnectionDetails connectionDetails, ElasticClientLifecycle lifecycle,
			List<ElasticClientBuilderCustomizer> orderedCustomizers,
			@Nullable SniffOnFailureListener sniffOnFailureListener, ConnectionRecorder recorder) {
		Rest5ClientBuilder builder = Rest5Client.builder(connectionDetails.getNodes());
		builder.setHttpClient(lifecycle.httpClient());
		builder.setFailureListener(recorder.nodeStates().failureListener(sniffOnFailureListener));
		orderedCustomizers.forEach((customizer) -> customizer.customize(builder));
		return builder.build();
	}

	static Sniffer sniffer(Rest5Client client, ElasticProperties.Sniffing sniffing,
			ElasticConnectionDetails connectionDetails, @Nullable SniffOnFailureListener onFailure) {
		boolean https = connectionDetails.getNodes().stream().anyMatch((node) -> "https".equals(node.getScheme()));
		Sniffer sniffer = Sniffer.builder(client)
			.setNodesSniffer(new ElasticsearchNodesSniffer(client, ElasticsearchNodesSniffer.DEFAULT_SNIFF_REQUEST_TIMEOUT,
					https ? ElasticsearchNodesSniffer.Scheme.HTTPS : ElasticsearchNodesSniffer.Scheme.HTTP))
			.setSniffIntervalMillis(Math.toIntExact(sniffing.getInterval().toMillis()))
			.setSniffAfterFailureDelayMillis(Math.toIntExact(sniffing.getDelayAfterFailure().toMillis()))
			.build();
		if (onFailure != null) {
			onFailure.setSniffer(sniffer);
		}
		return sniffer;
	}

	static Rest5ClientTransport transport(Rest5Client client, JsonpMapper mapper, ElasticProperties properties,
			Environment environment, @Nullable Instrumentation instrumentation) {
		return new Rest5ClientTransport(client, mapper, ElasticTransportOptions.create(properties, environment),
				instrumentation);
	}

	private static ElasticCredentials rebindCredentials(Supplier<ElasticProperties> rebind, String prefix) {
		try {
			return PropertiesCredentials.of(rebind.get());
		}
		catch (InvalidElasticConfigurationException ex) {
			throw ex.underPrefix(prefix);
		}
	}

	public Rest5Client restClient() {
		return this.restClient;
	}

	public Rest5ClientTransport transport() {
		return this.transport;
	}

	public ElasticsearchClient client() {
		return new ElasticsearchClient(this.transport);
	}

	public ElasticsearchAsyncClient asyncClient() {
		return new ElasticsearchAsyncClient(this.transport);
	}

	/**
	 * The client seen from inside, for the {@code elastic} endpoint, the pool gauges and the
	 * start-up check.
	 */
	public ClientInsight insight() {
		return this.insight;
	}

	@Override
	public void onApplicationEvent(ApplicationEvent event) {
		if (event instanceof ContextClosedEvent closed) {
			this.lifecycle.onApplicationEvent(closed);
		}
		if (this.credentialsProvider instanceof ReloadingCredentialsProvider reloading) {
			reloading.onApplicationEvent(event);
		}
		if (this.caFingerprintRefresher != null) {
			this.caFingerprintRefresher.onApplicationEvent(event);
		}
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
	 * Stop sniffing, close the connection pool, then stop watching credential files.
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
			if (this.credentialsProvider instanceof AutoCloseable closeable) {
				closeable.close();
			}
		}
	}

	@Override
	public String toString() {
		return "ElasticClientParts[" + this.restClient.getNodes() + "]";
	}

	/**
	 * What every client shares.
	 * @param mapper the JSON mapper
	 * @param sslBundles the SSL bundles, if any
	 * @param instrumentation the instrumentation of API calls, if any
	 * @param customizers the application's customizers, in order
	 * @param environment the environment
	 */
	public record Shared(JsonpMapper mapper, @Nullable SslBundles sslBundles, @Nullable Instrumentation instrumentation,
			List<ElasticClientBuilderCustomizer> customizers, Environment environment) {

	}

}
