package io.github.elasticstarter.autoconfigure.springboot;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import io.github.elasticstarter.autoconfigure.ElasticConnectionDetails;
import io.github.elasticstarter.credentials.ElasticCredentials;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.elasticsearch.autoconfigure.ElasticsearchConnectionDetails;
import org.springframework.boot.elasticsearch.autoconfigure.ElasticsearchConnectionDetails.Node;
import org.springframework.boot.ssl.SslBundle;
import org.springframework.util.StringUtils;

/**
 * A Spring Boot {@link ElasticsearchConnectionDetails} (from Docker Compose, Testcontainers or the
 * application) seen as the starter's {@link ElasticConnectionDetails}, with the meaning Spring Boot
 * gives it: an API key is sent as {@code ApiKey <value>}; else the user name and password; else
 * those a node carries. A node without a port gets the scheme's default, 443 or 80.
 */
final class SpringBootElasticConnectionDetails implements ElasticConnectionDetails {

	private final ElasticsearchConnectionDetails details;

	SpringBootElasticConnectionDetails(ElasticsearchConnectionDetails details) {
		this.details = details;
	}

	@Override
	public List<URI> getNodes() {
		return this.details.getNodes().stream().map(SpringBootElasticConnectionDetails::toUri).toList();
	}

	@Override
	public ElasticCredentials getCredentials() {
		if (StringUtils.hasText(this.details.getApiKey())) {
			return new ElasticCredentials.ApiKey(this.details.getApiKey().strip());
		}
		if (StringUtils.hasText(this.details.getUsername())) {
			return new ElasticCredentials.Basic(this.details.getUsername(),
					Objects.requireNonNullElse(this.details.getPassword(), ""));
		}
		return this.details.getNodes()
			.stream()
			.filter((node) -> StringUtils.hasText(node.username()))
			.findFirst()
			.<ElasticCredentials>map((node) -> new ElasticCredentials.Basic(node.username(),
					Objects.requireNonNullElse(node.password(), "")))
			.orElse(ElasticCredentials.NONE);
	}

	@Override
	public @Nullable String getPathPrefix() {
		return this.details.getPathPrefix();
	}

	@Override
	public @Nullable SslBundle getSslBundle() {
		return this.details.getSslBundle();
	}

	@Override
	public String toString() {
		return "SpringBootElasticConnectionDetails[nodes=" + getNodes() + ", credentials=" + getCredentials().kind()
				+ "]";
	}

	private static URI toUri(Node node) {
		String scheme = node.protocol().name().toLowerCase(Locale.ROOT);
		int port = (node.port() > 0) ? node.port() : ("https".equals(scheme) ? 443 : 80);
		return URI.create(scheme + "://" + node.hostname() + ":" + port);
	}

}
