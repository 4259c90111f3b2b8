package io.github.elasticstarter.curl;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import io.github.elasticstarter.credentials.ElasticCredentials;
import org.jspecify.annotations.Nullable;

/**
 * The shell variable that stands for each secret of a credential, so that a logged command
 * shows {@code $ELASTIC_PASSWORD} where the password was and runs once the user sets it.
 */
final class SecretPlaceholders {

	/** Stands for the whole value of the {@code Authorization} header. */
	static final String AUTHORIZATION = "ELASTIC_AUTH";

	private SecretPlaceholders() {
	}

	/**
	 * The secrets of the credential, each with the name of its shell variable, longest first
	 * so that a secret holding another is replaced whole.
	 * @param credentials the credential sent now
	 * @return secret to variable name
	 */
	static Map<String, String> of(ElasticCredentials credentials) {
		Map<String, String> secrets = new LinkedHashMap<>();
		credentials.authorizationHeader().ifPresent((value) -> secrets.put(value, AUTHORIZATION));
		if (credentials instanceof ElasticCredentials.Basic basic) {
			put(secrets, basic.password(), "ELASTIC_PASSWORD");
		}
		else if (credentials instanceof ElasticCredentials.ApiKey apiKey) {
			put(secrets, apiKey.encoded(), "ELASTIC_API_KEY");
			String secret = apiKeySecret(apiKey.encoded());
			if (secret != null) {
				put(secrets, secret, "ELASTIC_API_KEY_SECRET");
			}
		}
		else if (credentials instanceof ElasticCredentials.BearerToken token) {
			put(secrets, token.token(), "ELASTIC_BEARER_TOKEN");
		}
		secrets.keySet().removeIf(String::isEmpty);
		Map<String, String> longestFirst = new LinkedHashMap<>();
		secrets.entrySet()
			.stream()
			.sorted(Comparator.comparingInt((Map.Entry<String, String> entry) -> entry.getKey().length()).reversed())
			.forEach((entry) -> longestFirst.put(entry.getKey(), entry.getValue()));
		return longestFirst;
	}

	/**
	 * The secret as it is, and as it shows in a JSON string and in a URL, so that a secret with
	 * special characters is found in a body or a query too.
	 */
	private static void put(Map<String, String> secrets, String secret, String variable) {
		secrets.putIfAbsent(secret, variable);
		secrets.putIfAbsent(jsonEscaped(secret), variable);
		String urlEncoded = URLEncoder.encode(secret, StandardCharsets.UTF_8);
		secrets.putIfAbsent(urlEncoded, variable);
		secrets.putIfAbsent(urlEncoded.replace("+", "%20"), variable);
	}

	private static String jsonEscaped(String text) {
		StringBuilder escaped = new StringBuilder(text.length() + 8);
		for (char c : text.toCharArray()) {
			switch (c) {
				case '"' -> escaped.append("\\\"");
				case '\\' -> escaped.append("\\\\");
				case '\n' -> escaped.append("\\n");
				case '\r' -> escaped.append("\\r");
				case '\t' -> escaped.append("\\t");
				default -> escaped.append((c < 0x20) ? String.format("\\u%04X", (int) c) : String.valueOf(c));
			}
		}
		return escaped.toString();
	}

	/**
	 * The variable standing for the value of a header that carries credentials, such as
	 * {@code Authorization} or {@code es-secondary-authorization}, or {@code null} for any
	 * other header.
	 */
	static @Nullable String forHeader(String name) {
		if (name.equalsIgnoreCase("Authorization")) {
			return AUTHORIZATION;
		}
		if (name.toLowerCase(Locale.ROOT).contains("authorization")) {
			return "ELASTIC_" + name.toUpperCase(Locale.ROOT).replace('-', '_');
		}
		return null;
	}

	private static @Nullable String apiKeySecret(String encoded) {
		try {
			String decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
			int colon = decoded.indexOf(':');
			return (colon >= 0) ? decoded.substring(colon + 1) : null;
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
