package io.github.elasticstarter.autoconfigure;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import co.elastic.clients.json.JsonpMapper;
import co.elastic.clients.transport.instrumentation.Instrumentation;
import co.elastic.clients.transport.rest5_client.Rest5ClientTransport;
import co.elastic.clients.transport.rest5_client.low_level.Rest5Client;
import co.elastic.clients.transport.rest5_client.low_level.Rest5ClientBuilder;
import co.elastic.clients.transport.rest5_client.low_level.sniffer.ElasticsearchNodesSniffer;
import co.elastic.clients.transport.rest5_client.low_level.sniffer.SniffOnFailureListener;
import co.elastic.clients.transport.rest5_client.low_level.sniffer.Sniffer;
import io.github.elasticstarter.client.ManagedElasticClient;
import io.github.elasticstarter.credentials.ElasticCredentials;
import io.github.elasticstarter.credentials.ElasticCredentialsProvider;
import io.github.elasticstarter.credentials.ReloadingCredentialsProvider;
import io.github.elasticstarter.http.ElasticClientBuilderCustomizer;
import io.github.elasticstarter.http.ElasticClientLifecycle;
import io.github.elasticstarter.insight.ClientInsight;
import io.github.elasticstarter.insight.ConnectionRecorder;
import io.github.elasticstarter.observation.ObservationInstrumentation;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.ssl.SslBundles;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.annotation.AnnotationAwareOrderComparator;
import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

/**
 * Assembles one client from its validated settings, step by step: credentials, TLS trust,
 * connection pool, {@link Rest5Client}, transport. The un-named client's beans call the steps one
 * by one (so that each stays replaceable); a named client ({@code elastic.clients.<name>}) gets
 * all of them at once from {@link #assemble}. Either way its settings are validated first, in
 * {@link ElasticClientSettings#validate}, before anything is built. Additions that every client
 * needs belong in these steps, or in an {@link ElasticClientBuilderCustomizer}, which applies to
 * every client.
 */
public final class ElasticClientAssembly {

	/**
	 * The name of the un-named {@code elastic.*} client wherever a client name is shown: the
	 * {@code client} tag of metrics, health, endpoints.
	 */
	public static final String DEFAULT_NAME = "default";

	/**
	 * Where the named clients are configured, {@code elastic.clients.<name>.*}.
	 */
	public static final String NAMED_CLIENTS_PREFIX = "elastic.clients";

	private ElasticClientAssembly() {
	}

	/**
	 * The names under {@code elastic.clients}, read without binding their values.
	 * @param binder the binder of the environment
	 * @return the names, in the order of their properties
	 */
	public static Set<String> namedClients(Binder binder) {
		Map<String, String> flat = binder.bind(NAMED_CLIENTS_PREFIX, Bindable.mapOf(String.class, String.class))
			.orElse(Map.of());
		Set<String> names = new LinkedHashSet<>();
		flat.keySet().forEach((key) -> names.add(key.split("[.\\[]", 2)[0]));
		return names;
	}

	/**
	 * Validate the settings of a named client, then build it.
	 * @param name the client's name, the key under {@code elastic.clients}
	 * @param properties its properties, bound from {@code elastic.clients.<name>}
	 * @param rebind binds its properties again, after a refresh of the environment
	 * @param connectionDetails where the client connects to, or {@code null} to read it from the
	 * properties
	 * @param shared what all clients share
	 * @return the client
	 * @throws InvalidElasticConfigurationException naming the property by its full path, such
	 * as {@code elastic.clients.archive.cloud-id}
	 */
	public static ManagedElasticClient assemble(String name, ElasticProperties properties,
			Supplier<ElasticProperties> rebind, @Nullable ElasticConnectionDetails connectionDetails, Shared shared) {
		String prefix = NAMED_CLIENTS_PREFIX + "." + name;
		try {
			ElasticConnectionDetails details = (connectionDetails != null) ? connectionDetails
					: new PropertiesElasticConnectionDetails(properties, shared.sslBundles());
			ElasticClientSettings settings = ElasticClientSettings.validate(properties, details);
			boolean fromProperties = settings.fromProperties();
			ElasticCredentialsProvider credentials = credentialsProvider(settings,
					() -> rebindCredentials(rebind, prefix));
			ConnectionRecorder recorder = new ConnectionRecorder(name);
			PropertiesClientBuilderCustomizer customizer = propertiesCustomizer(settings, credentials,
					fromProperties ? shared.sslBundles() : null, recorder);
			List<ApplicationListener<ApplicationEvent>> listeners = new ArrayList<>();
			if (credentials instanceof ReloadingCredentialsProvider reloading) {
				listeners.add(reloading);
			}
			if (fromProperties) {
				listeners.add(new CaFingerprintRefresher(shared.environment(), prefix + ".ssl.ca-fingerprint",
						customizer, details.getCaFingerprint()));
			}
			List<ElasticClientBuilderCustomizer> customizers = new ArrayList<>(shared.customizers()
				.stream()
				.filter((candidate) -> !(candidate instanceof PropertiesClientBuilderCustomizer))
				.toList());
			customizers.add(customizer);
			AnnotationAwareOrderComparator.sort(customizers);
			ElasticClientLifecycle lifecycle = lifecycle(customizers, recorder);
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
			List<AutoCloseable> closedLast = (credentials instanceof AutoCloseable closeable) ? List.of(closeable)
					: List.of();
			return new ManagedElasticClient(lifecycle, restClient, transport, sniffer,
					insight(restClient, recorder, settings, credentials), listeners, closedLast);
		}
		catch (InvalidElasticConfigurationException ex) {
			throw ex.underPrefix(prefix);
		}
	}

	static ElasticCredentialsProvider credentialsProvider(ElasticClientSettings settings,
			Supplier<ElasticCredentials> reader) {
		ElasticConnectionDetails connectionDetails = settings.connectionDetails();
		if (!settings.fromProperties()) {
			return ElasticCredentialsProvider.of(connectionDetails.getCredentials());
		}
		ElasticProperties properties = settings.properties();
		return new ReloadingCredentialsProvider(connectionDetails.getCredentials(), reader,
				PropertiesCredentials.files(properties), properties.getCredentialFileGracePeriod());
	}

	static PropertiesClientBuilderCustomizer propertiesCustomizer(ElasticClientSettings settings,
			ElasticCredentialsProvider credentialsProvider, @Nullable SslBundles sslBundles,
			ConnectionRecorder recorder) {
		PropertiesClientBuilderCustomizer customizer = new PropertiesClientBuilderCustomizer(settings.properties(),
				settings.connectionDetails(), credentialsProvider, recorder);
		String bundle = settings.properties().getSsl().getBundle();
		if (settings.fromProperties() && sslBundles != null && StringUtils.hasText(bundle)) {
			sslBundles.addBundleUpdateHandler(bundle, (reloaded) -> customizer.reloadTrust(reloaded, null));
		}
		return customizer;
	}

	static ElasticClientLifecycle lifecycle(List<ElasticClientBuilderCustomizer> orderedCustomizers,
			ConnectionRecorder recorder) {
		return ElasticClientLifecycle.of(orderedCustomizers, recorder::poolBuilt, recorder.nodeStates());
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

	static ClientInsight insight(Rest5Client client, ConnectionRecorder recorder, ElasticClientSettings settings,
			ElasticCredentialsProvider credentials) {
		ElasticProperties properties = settings.properties();
		ElasticConnectionDetails details = settings.connectionDetails();
		return new ClientInsight(client, recorder, credentials,
				new ClientInsight.Settings(details.getNodes(), properties.getStartupCheck(),
						properties.isCompatibilityMode(), properties.getSsl().getVerificationMode(),
						details.getCaFingerprint(), properties.getSsl().getBundle(), shown(properties, details)));
	}

	private static Map<String, Object> shown(ElasticProperties properties, ElasticConnectionDetails details) {
		Map<String, Object> shown = new LinkedHashMap<>();
		Boolean compression = properties.getCompression();
		shown.put("compression", (compression != null) ? compression : details.isElasticCloud());
		shown.put("compatibilityMode", properties.isCompatibilityMode());
		shown.put("serverMode", label(properties.getServerMode()));
		shown.put("connectTimeout", properties.getConnectTimeout().toString());
		shown.put("socketTimeout", properties.getSocketTimeout().toString());
		shown.put("responseTimeout",
				(properties.getResponseTimeout() != null) ? properties.getResponseTimeout().toString() : null);
		shown.put("connectionRequestTimeout", properties.getConnectionRequestTimeout().toString());
		shown.put("maxRetries", properties.getRetry().getMaxRetries());
		shown.put("retryOnStatus", properties.getRetry().getOnStatus());
		shown.put("maxConnections", properties.getPool().getMaxConnections());
		shown.put("maxConnectionsPerRoute", properties.getPool().getMaxConnectionsPerRoute());
		shown.put("nodeSelector", label(properties.getNodeSelector()));
		shown.put("sniffing", properties.getSniffing().isEnabled());
		return shown;
	}

	private static String label(Enum<?> value) {
		return value.name().toLowerCase(Locale.ROOT);
	}

	private static ElasticCredentials rebindCredentials(Supplier<ElasticProperties> rebind, String prefix) {
		try {
			return PropertiesCredentials.of(rebind.get());
		}
		catch (InvalidElasticConfigurationException ex) {
			throw ex.underPrefix(prefix);
		}
	}

	/**
	 * What all clients share.
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
