package io.github.elasticstarter.autoconfigure;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;

import io.github.elasticstarter.credentials.ElasticCredentials;
import org.jspecify.annotations.Nullable;

import org.springframework.util.StringUtils;

/**
 * Reads the one kind of credential that the {@code elastic.*} properties may set, directly or
 * through a file ({@code elastic.password-file}, {@code elastic.api-key-file},
 * {@code elastic.bearer-token-file}). Messages name properties and files, never values.
 */
final class PropertiesCredentials {

	private PropertiesCredentials() {
	}

	static ElasticCredentials of(ElasticProperties properties) {
		String username = textOrNull(properties.getUsername());
		String password = secret(properties.getPassword(), "elastic.password", properties.getPasswordFile());
		String apiKey = secret(properties.getApiKey(), "elastic.api-key", properties.getApiKeyFile());
		String bearerToken = secret(properties.getBearerToken(), "elastic.bearer-token",
				properties.getBearerTokenFile());
		List<String> kinds = new ArrayList<>();
		if (username != null || password != null) {
			kinds.add("'elastic.username'/'elastic.password'");
		}
		if (apiKey != null) {
			kinds.add("'elastic.api-key'");
		}
		if (bearerToken != null) {
			kinds.add("'elastic.bearer-token'");
		}
		if (kinds.size() > 1) {
			throw new InvalidElasticConfigurationException("elastic.api-key",
					"more than one kind of credential is set: " + String.join(", ", kinds) + ".",
					"Keep exactly one of them: username and password, an API key, or a bearer token.");
		}
		if (username != null || password != null) {
			return basic(username, password);
		}
		if (apiKey != null) {
			return apiKey(apiKey, (properties.getApiKeyFile() != null) ? "elastic.api-key-file" : "elastic.api-key");
		}
		if (bearerToken != null) {
			return bearerToken(bearerToken,
					(properties.getBearerTokenFile() != null) ? "elastic.bearer-token-file" : "elastic.bearer-token");
		}
		return ElasticCredentials.NONE;
	}

	/**
	 * The credential files the properties name, to watch for changes.
	 */
	static List<Path> files(ElasticProperties properties) {
		return Stream.of(properties.getPasswordFile(), properties.getApiKeyFile(), properties.getBearerTokenFile())
			.filter(StringUtils::hasText)
			.map(Path::of)
			.toList();
	}

	private static @Nullable String secret(@Nullable String value, String property, @Nullable String file) {
		if (!StringUtils.hasText(file)) {
			return textOrNull(value);
		}
		String fileProperty = property + "-file";
		if (StringUtils.hasText(value)) {
			throw new InvalidElasticConfigurationException(fileProperty,
					"both '" + property + "' and '" + fileProperty + "' are set.",
					"Keep only one of them: the value, or the file that holds it.");
		}
		return read(Path.of(file), fileProperty);
	}

	private static String read(Path file, String property) {
		String content;
		try {
			content = Files.readString(file, StandardCharsets.UTF_8).strip();
		}
		catch (NoSuchFileException ex) {
			throw new InvalidElasticConfigurationException(property, "the file '" + file + "' does not exist.",
					"Create it, mount the secret there, or correct '" + property + "'.");
		}
		catch (IOException ex) {
			throw new InvalidElasticConfigurationException(property,
					"the file '" + file + "' cannot be read (" + ex.getClass().getSimpleName() + ").",
					"Make it readable by the application's user, or correct '" + property + "'.");
		}
		if (content.isEmpty()) {
			throw new InvalidElasticConfigurationException(property, "the file '" + file + "' is empty.",
					"Write the credential into it (a trailing line break is ignored), or correct '" + property + "'.");
		}
		return content;
	}

	private static ElasticCredentials basic(@Nullable String username, @Nullable String password) {
		if (username == null) {
			throw new InvalidElasticConfigurationException("elastic.username",
					"'elastic.password' is set but 'elastic.username' is not.",
					"Set 'elastic.username' to the user the password belongs to.");
		}
		if (password == null) {
			throw new InvalidElasticConfigurationException("elastic.password",
					"'elastic.username' is set but 'elastic.password' is not.",
					"Set 'elastic.password', for example from an environment variable: "
							+ "'elastic.password: ${ELASTIC_PASSWORD}'.");
		}
		return new ElasticCredentials.Basic(username, password);
	}

	private static ElasticCredentials apiKey(String apiKey, String property) {
		if (apiKey.regionMatches(true, 0, "ApiKey ", 0, 7)) {
			throw new InvalidElasticConfigurationException(property, "the value starts with the 'ApiKey ' scheme.",
					"Remove the 'ApiKey ' prefix; the client adds it.");
		}
		int colon = apiKey.indexOf(':');
		if (colon >= 0) {
			if (colon == 0 || colon == apiKey.length() - 1) {
				throw new InvalidElasticConfigurationException(property,
						"the value has the 'id:api_key' form but its id or its secret is empty.",
						"Use the 'id' and 'api_key' that Elasticsearch returned, as 'id:api_key', or the 'encoded' value.");
			}
			return ElasticCredentials.ApiKey.of(apiKey.substring(0, colon), apiKey.substring(colon + 1));
		}
		if (!isEncodedApiKey(apiKey)) {
			throw new InvalidElasticConfigurationException(property,
					"the value is neither the encoded form (Base64 of 'id:api_key') nor 'id:api_key'.",
					"Use the 'encoded' value that Elasticsearch returned when the key was created, or 'id:api_key'.");
		}
		return new ElasticCredentials.ApiKey(apiKey);
	}

	private static boolean isEncodedApiKey(String value) {
		try {
			String decoded = new String(Base64.getDecoder().decode(value), StandardCharsets.UTF_8);
			int colon = decoded.indexOf(':');
			return colon > 0 && colon < decoded.length() - 1;
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

	private static ElasticCredentials bearerToken(String token, String property) {
		if (token.regionMatches(true, 0, "Bearer ", 0, 7)) {
			throw new InvalidElasticConfigurationException(property,
					"the value starts with the 'Bearer ' scheme.", "Remove the 'Bearer ' prefix; the client adds it.");
		}
		if (token.chars().anyMatch(Character::isWhitespace)) {
			throw new InvalidElasticConfigurationException(property,
					"the token contains white space, which a token never does.",
					"Copy the token again, without line breaks or spaces.");
		}
		return new ElasticCredentials.BearerToken(token);
	}

	private static @Nullable String textOrNull(@Nullable String value) {
		return StringUtils.hasText(value) ? value : null;
	}

}
