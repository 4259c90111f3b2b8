package io.github.elasticstarter.credentials;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * Who the client authenticates as: at most one kind of credential. The {@code toString()} of
 * every kind names the kind and never the secret.
 */
public sealed interface ElasticCredentials {

	/**
	 * No credentials: requests are sent without an {@code Authorization} header.
	 */
	ElasticCredentials NONE = new None();

	/**
	 * The value of the {@code Authorization} header, if any.
	 * @return the header value
	 */
	Optional<String> authorizationHeader();

	/**
	 * A short name of the kind of credential, for messages.
	 * @return the kind, such as "API key"
	 */
	String kind();

	/**
	 * HTTP Basic credentials, sent preemptively with every request.
	 * @param username the user name
	 * @param password the password
	 */
	record Basic(String username, String password) implements ElasticCredentials {

		@Override
		public Optional<String> authorizationHeader() {
			String pair = this.username + ":" + this.password;
			return Optional.of("Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8)));
		}

		@Override
		public String kind() {
			return "username and password";
		}

		@Override
		public String toString() {
			return "Basic[username=" + this.username + ", password=******]";
		}

	}

	/**
	 * An API key in the encoded form Elasticsearch returns: Base64 of "id:api_key".
	 * @param encoded the encoded key
	 */
	record ApiKey(String encoded) implements ElasticCredentials {

		/**
		 * Create an API key from its id and secret.
		 * @param id the key's id
		 * @param secret the key's secret ("api_key" in Elasticsearch's response)
		 * @return the API key
		 */
		public static ApiKey of(String id, String secret) {
			String pair = id + ":" + secret;
			return new ApiKey(Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8)));
		}

		@Override
		public Optional<String> authorizationHeader() {
			return Optional.of("ApiKey " + this.encoded);
		}

		@Override
		public String kind() {
			return "API key";
		}

		@Override
		public String toString() {
			return "ApiKey[******]";
		}

	}

	/**
	 * A bearer token, such as a service account token or an OAuth2 access token.
	 * @param token the token
	 */
	record BearerToken(String token) implements ElasticCredentials {

		@Override
		public Optional<String> authorizationHeader() {
			return Optional.of("Bearer " + this.token);
		}

		@Override
		public String kind() {
			return "bearer token";
		}

		@Override
		public String toString() {
			return "BearerToken[******]";
		}

	}

	/**
	 * No credentials.
	 */
	record None() implements ElasticCredentials {

		@Override
		public Optional<String> authorizationHeader() {
			return Optional.empty();
		}

		@Override
		public String kind() {
			return "no credentials";
		}

	}

}
