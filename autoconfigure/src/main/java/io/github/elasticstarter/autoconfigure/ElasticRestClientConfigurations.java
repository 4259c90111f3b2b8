package io.github.elasticstarter.autoconfigure;

import co.elastic.clients.transport.rest5_client.low_level.Rest5Client;
import co.elastic.clients.transport.rest5_client.low_level.sniffer.SniffOnFailureListener;
import co.elastic.clients.transport.rest5_client.low_level.sniffer.Sniffer;
import io.github.elasticstarter.http.ElasticClientLifecycle;
import io.github.elasticstarter.credentials.ElasticCredentialsProvider;
import io.github.elasticstarter.http.ElasticClientBuilderCustomizer;
import io.github.elasticstarter.insight.ClientInsight;
import io.github.elasticstarter.insight.ConnectionRecorder;

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
		ElasticClientSettings elasticClientSettings(ElasticProperties properties,
				ElasticConnectionDetails connectionDetails) {
			return ElasticClientSettings.validate(properties, connectionDetails);
		}

		@Bean
		@ConditionalOnMissingBean
		ElasticCredentialsProvider elasticCredentialsProvider(ElasticClientSettings settings, Environment environment) {
			return ElasticClientAssembly.credentialsProvider(settings, () -> PropertiesCredentials.of(bind(environment)));
		}

		private static ElasticProperties bind(Environment environment) {
			return Binder.get(environment).bindOrCreate("elastic", ElasticProperties.class);
		}

		@Bean
		ConnectionRecorder elasticConnectionRecorder() {
			return new ConnectionRecorder(ElasticClientAssembly.DEFAULT_NAME);
		}

		@Bean
		PropertiesClientBuilderCustomizer elasticPropertiesClientBuilderCustomizer(ElasticClientSettings settings,
				ElasticCredentialsProvider credentialsProvider, ObjectProvider<SslBundles> sslBundles,
				ConnectionRecorder recorder) {
			return ElasticClientAssembly.propertiesCustomizer(settings, credentialsProvider,
					sslBundles.getIfAvailable(), recorder);
		}

		@Bean
		@ConditionalOnBean(PropertiesElasticConnectionDetails.class)
		CaFingerprintRefresher elasticCaFingerprintRefresher(Environment environment,
				PropertiesClientBuilderCustomizer customizer, ElasticConnectionDetails connectionDetails) {
			return new CaFingerprintRefresher(environment, customizer, connectionDetails.getCaFingerprint());
		}

		@Bean
		ElasticClientLifecycle elasticClientLifecycle(ObjectProvider<ElasticClientBuilderCustomizer> customizers,
				ConnectionRecorder recorder) {
			return ElasticClientAssembly.lifecycle(customizers.orderedStream().toList(), recorder);
		}

		@Bean
		@ConditionalOnMissingBean(name = "elasticClientInsight")
		ClientInsight elasticClientInsight(Rest5Client elasticRestClient, ConnectionRecorder recorder,
				ElasticClientSettings settings, ElasticCredentialsProvider credentials) {
			return ElasticClientAssembly.insight(elasticRestClient, recorder, settings, credentials);
		}

		@Bean
		Rest5Client elasticRestClient(ElasticConnectionDetails connectionDetails, ElasticClientLifecycle lifecycle,
				ObjectProvider<ElasticClientBuilderCustomizer> customizers,
				ObjectProvider<SniffOnFailureListener> sniffOnFailureListener, ConnectionRecorder recorder) {
			return ElasticClientAssembly.restClient(connectionDetails, lifecycle, customizers.orderedStream().toList(),
					sniffOnFailureListener.getIfAvailable(), recorder);
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
			return ElasticClientAssembly.sniffer(client, properties.getSniffing(), connectionDetails,
					onFailure.getIfAvailable());
		}

	}

}
