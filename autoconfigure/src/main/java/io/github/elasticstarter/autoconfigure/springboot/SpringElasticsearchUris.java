package io.github.elasticstarter.autoconfigure.springboot;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.github.elasticstarter.autoconfigure.InvalidElasticConfigurationException;
import org.jspecify.annotations.Nullable;

/**
 * The value of {@code spring.elasticsearch.uris} read as Spring Boot reads it: a URI without a
 * scheme is {@code http://}, and user information in a URI ({@code https://user:secret@host}) is
 * that node's credentials. The starter sends one credential to every node and refuses credentials
 * in its own host URLs, so they are taken out into {@code elastic.username} and
 * {@code elastic.password}.
 *
 * @param hosts the URIs without user information, for {@code elastic.hosts}
 * @param username the user name the URIs carry, or {@code null}
 * @param password the password the URIs carry, or {@code null}
 */
record SpringElasticsearchUris(List<String> hosts, @Nullable String username, @Nullable String password) {

	static SpringElasticsearchUris parse(List<String> uris) {
		Set<@Nullable String> userInfos = new LinkedHashSet<>();
		List<String> hosts = uris.stream().map(String::strip).map((uri) -> {
			URI parsed = toUri(uri);
			userInfos.add(parsed.getUserInfo());
			return withoutUserInfo(parsed);
		}).toList();
		if (userInfos.size() > 1) {
			throw new InvalidElasticConfigurationException(SpringElasticsearchProperty.URIS,
					"its URIs carry different credentials (or some carry none), and the starter sends one credential "
							+ "to every node.",
					"Remove the credentials from 'spring.elasticsearch.uris' and set 'elastic.username' and "
							+ "'elastic.password' (or 'elastic.api-key') once.");
		}
		String userInfo = userInfos.iterator().next();
		if (userInfo == null || userInfo.isEmpty()) {
			return new SpringElasticsearchUris(hosts, null, null);
		}
		int colon = userInfo.indexOf(':');
		return (colon < 0) ? new SpringElasticsearchUris(hosts, userInfo, null)
				: new SpringElasticsearchUris(hosts, userInfo.substring(0, colon), userInfo.substring(colon + 1));
	}

	private static URI toUri(String uri) {
		String withScheme = (uri.startsWith("http://") || uri.startsWith("https://")) ? uri : "http://" + uri;
		try {
			return new URI(withScheme);
		}
		catch (URISyntaxException ex) {
			// Never echo the value: it may carry a password.
			throw new InvalidElasticConfigurationException(SpringElasticsearchProperty.URIS,
					"a value is not a valid URI (" + ex.getReason() + ").",
					"Write each URI as Spring Boot expects, such as 'https://es.example.com:9200'.");
		}
	}

	private static String withoutUserInfo(URI uri) {
		try {
			return new URI(uri.getScheme(), null, uri.getHost(), uri.getPort(), uri.getPath(), uri.getQuery(),
					uri.getFragment()).toString();
		}
		catch (URISyntaxException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
