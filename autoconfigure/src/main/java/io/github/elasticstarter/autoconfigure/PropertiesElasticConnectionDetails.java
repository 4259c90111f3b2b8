package io.github.elasticstarter.autoconfigure;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;

import io.github.elasticstarter.client.CloudId;
import io.github.elasticstarter.credentials.ElasticCredentials;
import io.github.elasticstarter.tls.CaFingerprint;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.ssl.NoSuchSslBundleException;
import org.springframework.boot.ssl.SslBundle;
import org.springframework.boot.ssl.SslBundles;
import org.springframework.util.StringUtils;

/**
 * {@link ElasticConnectionDetails} read from the {@code elastic.*} properties. Everything is
 * parsed and checked when it is created, so that a mistake stops start-up with a message
 * naming the property.
 */
class PropertiesElasticConnectionDetails implements ElasticConnectionDetails {

	private static final String WHERE_TO_FIND_CLOUD_ID = "Copy the Cloud ID again from the Elastic Cloud console "
			+ "(deployment page, 'Cloud ID'); it looks like 'my-deployment:ZXUtY2VudHJhbC0x...'.";

	private static final String WHERE_TO_FIND_CA_FINGERPRINT = "Use the 'HTTP CA certificate SHA-256 fingerprint' "
			+ "Elasticsearch printed at first start, or the output of "
			+ "'openssl x509 -fingerprint -sha256 -noout -in http_ca.crt'.";

	private final List<URI> nodes;

	private final boolean elasticCloud;

	private final ElasticCredentials credentials;

	private final @Nullable String pathPrefix;

	private final @Nullable SslBundle sslBundle;

	private final @Nullable String caFingerprint;

	PropertiesElasticConnectionDetails(ElasticProperties properties, @Nullable SslBundles sslBundles) {
		this.elasticCloud = StringUtils.hasText(properties.getCloudId());
		this.nodes = this.elasticCloud ? List.of(cloudNode(properties)) : hostNodes(properties);
		this.credentials = PropertiesCredentials.of(properties);
		this.pathPrefix = properties.getPathPrefix();
		this.sslBundle = sslBundle(properties.getSsl().getBundle(), sslBundles);
		this.caFingerprint = caFingerprint(properties.getSsl().getCaFingerprint());
		if (this.sslBundle != null && this.caFingerprint != null) {
			throw new InvalidElasticConfigurationException("elastic.ssl.ca-fingerprint",
					"both an SSL bundle and a CA fingerprint are set, and they both say whom to trust.",
					"Set only one of 'elastic.ssl.bundle' and 'elastic.ssl.ca-fingerprint'.");
		}
	}

	static @Nullable String caFingerprint(@Nullable String configured) {
		return InvalidElasticConfigurationException.whenInvalid("elastic.ssl.ca-fingerprint",
				WHERE_TO_FIND_CA_FINGERPRINT, () -> CaFingerprint.normalize(configured));
	}

	private static URI cloudNode(ElasticProperties properties) {
		if (!properties.getHosts().isEmpty()) {
			throw new InvalidElasticConfigurationException("elastic.hosts",
					"both 'elastic.cloud-id' and 'elastic.hosts' are set, so where to connect is ambiguous.",
					"Remove 'elastic.hosts' to connect to Elastic Cloud, or 'elastic.cloud-id' to connect to the hosts.");
		}
		CloudId cloudId = InvalidElasticConfigurationException.whenInvalid("elastic.cloud-id", WHERE_TO_FIND_CLOUD_ID,
				() -> CloudId.parse(properties.getCloudId()));
		URI uri = cloudId.elasticsearchUri();
		Integer port = properties.getPort();
		if (port == null) {
			return uri;
		}
		if (port < 1 || port > 65535) {
			throw new InvalidElasticConfigurationException("elastic.port", "the port " + port + " is out of range.",
					"Set 'elastic.port' to a number from 1 to 65535, or remove it to use the Cloud ID's port.");
		}
		return URI.create(uri.getScheme() + "://" + uri.getHost() + ":" + port);
	}

	private static List<URI> hostNodes(ElasticProperties properties) {
		if (properties.getHosts().isEmpty()) {
			throw new InvalidElasticConfigurationException("elastic.hosts",
					"neither 'elastic.cloud-id' nor 'elastic.hosts' is set, so there is nowhere to connect. Also looked "
							+ "for Spring Boot's 'spring.elasticsearch.uris', and for a service connection (an "
							+ "ElasticConnectionDetails or Spring Boot ElasticsearchConnectionDetails bean, as Docker Compose "
							+ "and Testcontainers provide): none is there.",
					"Set 'elastic.cloud-id' to your Elastic Cloud deployment's Cloud ID, or 'elastic.hosts' to the "
							+ "URLs of your nodes, such as 'https://localhost:9200' (Spring Boot's "
							+ "'spring.elasticsearch.uris' works too), or add the local-node module for development.");
		}
		if (properties.getPort() != null) {
			throw new InvalidElasticConfigurationException("elastic.port",
					"'elastic.port' only overrides the port of a Cloud ID, and no Cloud ID is set.",
					"Put the port in each URL of 'elastic.hosts', such as 'https://es.example.com:9243'.");
		}
		return properties.getHosts().stream().map(PropertiesElasticConnectionDetails::hostNode).toList();
	}

	private static URI hostNode(String host) {
		String property = "elastic.hosts";
		URI uri;
		try {
			uri = new URI(host.strip());
		}
		catch (URISyntaxException ex) {
			throw new InvalidElasticConfigurationException(property, "'" + host + "' is not a valid URL.",
					"Write each host as a URL such as 'https://es.example.com:9200'.");
		}
		String scheme = (uri.getScheme() != null) ? uri.getScheme().toLowerCase(Locale.ROOT) : null;
		if (!"http".equals(scheme) && !"https".equals(scheme) || uri.getHost() == null) {
			throw new InvalidElasticConfigurationException(property,
					"'" + host + "' is not an http or https URL with a host name.",
					"Write each host with its scheme, such as 'https://es.example.com:9200' or 'http://localhost:9200'.");
		}
		if (uri.getRawUserInfo() != null) {
			throw new InvalidElasticConfigurationException(property,
					"a URL in 'elastic.hosts' carries credentials, which would end up in logs.",
					"Remove the credentials from the URL and set 'elastic.username' and 'elastic.password' (or "
							+ "'elastic.api-key') instead.");
		}
		if (StringUtils.hasLength(uri.getRawPath()) && !"/".equals(uri.getRawPath()) || uri.getRawQuery() != null
				|| uri.getRawFragment() != null) {
			throw new InvalidElasticConfigurationException(property,
					"'" + host + "' has a path, query or fragment, which would be ignored.",
					"Keep only scheme, host and port in 'elastic.hosts', and set a path with 'elastic.path-prefix'.");
		}
		int port = (uri.getPort() != -1) ? uri.getPort() : ("https".equals(scheme) ? 443 : 80);
		return URI.create(scheme + "://" + uri.getHost() + ":" + port);
	}

	private static @Nullable SslBundle sslBundle(@Nullable String name, @Nullable SslBundles sslBundles) {
		if (!StringUtils.hasText(name)) {
			return null;
		}
		String action = "Define the bundle under 'spring.ssl.bundle.pem." + name + "' (or '.jks." + name
				+ "'), or correct 'elastic.ssl.bundle'.";
		if (sslBundles == null) {
			throw new InvalidElasticConfigurationException("elastic.ssl.bundle",
					"the SSL bundle '" + name + "' is named, but the application has no SSL bundles.", action);
		}
		try {
			return sslBundles.getBundle(name);
		}
		catch (NoSuchSslBundleException ex) {
			throw new InvalidElasticConfigurationException("elastic.ssl.bundle",
					"there is no SSL bundle named '" + name + "'.", action);
		}
	}

	@Override
	public List<URI> getNodes() {
		return this.nodes;
	}

	@Override
	public ElasticCredentials getCredentials() {
		return this.credentials;
	}

	@Override
	public @Nullable String getPathPrefix() {
		return this.pathPrefix;
	}

	@Override
	public @Nullable SslBundle getSslBundle() {
		return this.sslBundle;
	}

	@Override
	public @Nullable String getCaFingerprint() {
		return this.caFingerprint;
	}

	@Override
	public boolean isElasticCloud() {
		return this.elasticCloud;
	}

	@Override
	public String toString() {
		return "PropertiesElasticConnectionDetails[nodes=" + this.nodes + ", credentials=" + this.credentials + "]";
	}

}
