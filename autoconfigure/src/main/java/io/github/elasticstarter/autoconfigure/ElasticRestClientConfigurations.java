package io.github.elasticstarter.autoconfigure;

import java.util.List;

import co.elastic.clients.transport.rest5_client.low_level.Rest5Client;
import co.elastic.clients.transport.rest5_client.low_level.Rest5ClientBuilder;
import co.elastic.clients.transport.rest5_client.low_level.sniffer.ElasticsearchNodesSniffer;
import co.elastic.clients.transport.rest5_client.low_level.sniffer.SniffOnFailureListener;
import co.elastic.clients.transport.rest5_client.low_level.sniffer.Sniffer;
import io.github.elasticstarter.autoconfigure.credentials.ElasticCredentialsProvider;
import io.github.elasticstarter.autoconfigure.credentials.ReloadingCredentialsProvider;
import io.github.elasticstarter.autoconfigure.insight.ConnectionRecorder;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.ssl.SslBundles;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

/**
 * The low-level {@link Rest5Client}: one connection pool, shared by every client bean.
 */
final class ElasticRestClientConfigurations {

	private ElasticRestClientConfigurations() {
	}

	@Configuration(proxyBeanMethods = false)
	@Conditional(ApplicationClientCondition.class)
	static class ConnectionDetailsConfiguration {

		@Bean
		@ConditionalOnMissingBean(ElasticConnectionDetails.class)
		PropertiesElasticConnectionDetails elasticConnectionDetails(ElasticProperties properties,
				ObjectProvider<SslBundles> sslBundles) {
			return new PropertiesElasticConnectionDetails(properties, sslBundles.getIfAvailable());
		}

	}

	@Configuration(proxyBeanMethods = false)
	@Conditional(ApplicationClientCondition.class)
	static class RestClientConfiguration {

		@Bean
		@ConditionalOnMissingBean
		ElasticCredentialsProvider elasticCredentialsProvider(ElasticProperties properties,
				ElasticConnectionDetails connectionDetails, Environment environment) {
			if (!(connectionDetails instanceof PropertiesElasticConnectionDetails)) {
				return ElasticCredentialsProvider.of(connectionDetails.getCredentials());
			}
			return new ReloadingCredentialsProvider(connectionDetails.getCredentials(),
					() -> PropertiesCredentials.of(bind(environment)), PropertiesCredentials.files(properties),
					properties.getCredentialFileGracePeriod());
		}

		private static ElasticProperties bind(Environment environment) {
			return Binder.get(environment).bindOrCreate("elastic", ElasticProperties.class);
		}

		@Bean
		ConnectionRecorder elasticConnectionRecorder() {
			return new ConnectionRecorder(ConnectionRecorder.DEFAULT_CLIENT);
		}

		@Bean
		PropertiesClientBuilderCustomizer elasticPropertiesClientBuilderCustomizer(ElasticProperties properties,
				ElasticConnectionDetails connectionDetails, ElasticCredentialsProvider credentialsProvider,
				ObjectProvider<SslBundles> sslBundles, ConnectionRecorder recorder) {
			PropertiesClientBuilderCustomizer customizer = new PropertiesClientBuilderCustomizer(properties,
					connectionDetails, credentialsProvider, recorder);
			String bundle = properties.getSsl().getBundle();
			SslBundles bundles = sslBundles.getIfAvailable();
			if (connectionDetails instanceof PropertiesElasticConnectionDetails && bundles != null
					&& StringUtils.hasText(bundle)) {
				bundles.addBundleUpdateHandler(bundle, (reloaded) -> customizer.reloadTrust(reloaded, null));
			}
			return customizer;
		}

		@Bean
		@ConditionalOnBean(PropertiesElasticConnectionDetails.class)
		CaFingerprintRefresher elasticCaFingerprintRefresher(Environment environment,
				PropertiesClientBuilderCustomizer customizer, ElasticConnectionDetails connectionDetails) {
			return new CaFingerprintRefresher(environment, customizer, connectionDetails.getCaFingerprint());
		}

		@Bean
		ElasticClientLifecycle elasticClientLifecycle(ElasticProperties properties,
				ElasticConnectionDetails connectionDetails, ObjectProvider<ElasticClientBuilderCustomizer> customizers,
				ConnectionRecorder recorder) {
			ElasticPropertiesValidator.validate(properties, connectionDetails);
			ElasticSecurityWarnings.log(properties, connectionDetails);
			List<ElasticClientBuilderCustomizer> ordered = customizers.orderedStream().toList();
			return new ElasticClientLifecycle(new RestartableHttpAsyncClient(new HttpAsyncClientFactory(ordered, recorder)));
		}

		@Bean
		Rest5Client elasticRestClient(ElasticConnectionDetails connectionDetails, ElasticClientLifecycle lifecycle,
				ObjectProvider<ElasticClientBuilderCustomizer> customizers,
				ObjectProvider<SniffOnFailureListener> sniffOnFailureListener, ConnectionRecorder recorder) {
			Rest5ClientBuilder builder = Rest5Client.builder(connectionDetails.getNodes());
			builder.setHttpClient(lifecycle.httpClient());
			builder.setFailureListener(recorder.nodeStates().failureListener(sniffOnFailureListener.getIfAvailable()));
			customizers.orderedStream().forEach((customizer) -> customizer.customize(builder));
			return builder.build();
		}

	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnBooleanProperty("elastic.sniffing.enabled")
	static class SnifferConfiguration {

		@Bean
		@ConditionalOnBooleanProperty(name = "elastic.sniffing.on-failure", matchIfMissing = true)
		SniffOnFailureListener elasticSniffOnFailureListener() {
			return new SniffOnFailureListener();
		}

		@Bean
		@ConditionalOnSingleCandidate(Rest5Client.class)
		@ConditionalOnBean(ElasticConnectionDetails.class)
		@ConditionalOnMissingBean
		Sniffer elasticSniffer(Rest5Client client, ElasticProperties properties,
				ElasticConnectionDetails connectionDetails, ObjectProvider<SniffOnFailureListener> onFailure) {
			ElasticProperties.Sniffing sniffing = properties.getSniffing();
			boolean https = connectionDetails.getNodes().stream().anyMatch((node) -> "https".equals(node.getScheme()));
			Sniffer sniffer = Sniffer.builder(client)
				.setNodesSniffer(new ElasticsearchNodesSniffer(client,
						ElasticsearchNodesSniffer.DEFAULT_SNIFF_REQUEST_TIMEOUT,
						https ? ElasticsearchNodesSniffer.Scheme.HTTPS : ElasticsearchNodesSniffer.Scheme.HTTP))
				.setSniffIntervalMillis(Math.toIntExact(sniffing.getInterval().toMillis()))
				.setSniffAfterFailureDelayMillis(Math.toIntExact(sniffing.getDelayAfterFailure().toMillis()))
				.build();
			onFailure.ifAvailable((listener) -> listener.setSniffer(sniffer));
			return sniffer;
		}

	}

}
