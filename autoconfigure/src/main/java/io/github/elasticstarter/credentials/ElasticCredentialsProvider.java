package io.github.elasticstarter.credentials;


/**
 * Supplies the credential of each request. Declare a bean of this type to take credentials
 * from elsewhere (a vault, a token service); the starter's default one reads the
 * {@code elastic.*} properties and the credential files ({@code elastic.api-key-file},
 * {@code elastic.password-file}, {@code elastic.bearer-token-file}) and follows their changes.
 * The connection pool and the client beans stay the same when the credential changes: only
 * the {@code Authorization} header of the next requests does.
 */
@FunctionalInterface
public interface ElasticCredentialsProvider {

	/**
	 * The credential to send now. Called for every request, on the HTTP client's I/O threads:
	 * it must return at once, from memory.
	 * @return the current credential, {@link ElasticCredentials#NONE} for none
	 */
	ElasticCredentials getCredentials();

	/**
	 * Look for a newer credential, because Elasticsearch rejected the current one (401). Called
	 * on a thread of its own, once for all the requests rejected at the same time; it may block,
	 * to ask a vault for example. The rejected requests are sent again, once, if the credential
	 * it returns differs from the rejected one.
	 * @return the credential to send from now on
	 */
	default ElasticCredentials refresh() {
		return getCredentials();
	}

	/**
	 * A provider of a credential that never changes.
	 * @param credentials the credential
	 * @return the provider
	 */
	static ElasticCredentialsProvider of(ElasticCredentials credentials) {
		return () -> credentials;
	}

}
