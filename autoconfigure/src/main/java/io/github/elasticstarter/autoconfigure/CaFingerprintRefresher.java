package io.github.elasticstarter.autoconfigure;

import java.util.Objects;

import io.github.elasticstarter.credentials.EnvironmentChange;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;

/**
 * Makes the client trust a new {@code elastic.ssl.ca-fingerprint} after a property refresh,
 * from the next connection on. An invalid new value keeps the trust as it is and logs why.
 */
class CaFingerprintRefresher implements ApplicationListener<ApplicationEvent> {

	private static final Log logger = LogFactory.getLog(CaFingerprintRefresher.class);

	private final Environment environment;

	private final String property;

	private final PropertiesClientBuilderCustomizer customizer;

	private @Nullable String fingerprint;

	CaFingerprintRefresher(Environment environment, PropertiesClientBuilderCustomizer customizer,
			@Nullable String fingerprint) {
		this(environment, "elastic.ssl.ca-fingerprint", customizer, fingerprint);
	}

	CaFingerprintRefresher(Environment environment, String property, PropertiesClientBuilderCustomizer customizer,
			@Nullable String fingerprint) {
		this.environment = environment;
		this.property = property;
		this.customizer = customizer;
		this.fingerprint = fingerprint;
	}

	@Override
	public synchronized void onApplicationEvent(ApplicationEvent event) {
		if (!EnvironmentChange.isEnvironmentChange(event)) {
			return;
		}
		String refreshed;
		try {
			refreshed = PropertiesElasticConnectionDetails
				.caFingerprint(Binder.get(this.environment).bind(this.property, String.class).orElse(null));
		}
		catch (InvalidElasticConfigurationException ex) {
			String prefix = this.property.substring(0, this.property.length() - ".ssl.ca-fingerprint".length());
			logger.warn("Keeping the Elasticsearch CA fingerprint trusted so far: "
					+ ex.underPrefix(prefix).getMessage());
			return;
		}
		if (refreshed != null && !Objects.equals(refreshed, this.fingerprint)) {
			this.customizer.reloadTrust(null, refreshed);
			this.fingerprint = refreshed;
		}
	}

}
