package io.github.elasticstarter.credentials;


/**
 * Says which kind of credential Elasticsearch rejected when it answers 401, since its own error
 * does not always say (an API key and a token both get "unable to authenticate with provided
 * credentials"). The message names the kind, never the secret.
 */
final class RejectedCredentialsMessage {

	private RejectedCredentialsMessage() {
	}

	static String of(ElasticCredentials credentials, String target) {
		if (credentials.authorizationHeader().isEmpty()) {
			return "Elasticsearch answered 401 Unauthorized to " + target + ": the client sends no credentials. "
					+ "Set 'elastic.api-key', 'elastic.username' and 'elastic.password', or 'elastic.bearer-token' "
					+ "(or their '-file' variants).";
		}
		return "Elasticsearch rejected the " + credentials.kind() + " this application sent (401 Unauthorized, "
				+ target + "): it is wrong, expired or revoked, and asking the credentials provider again gave "
				+ "nothing newer. Check the credential properties ('elastic.*'), the credential files, or the "
				+ "connection details that supplied them.";
	}

}
