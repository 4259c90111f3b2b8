package io.github.elasticstarter.localnode;

/**
 * An Elasticsearch API key, as returned by {@code POST /_security/api_key}.
 *
 * @param id the key's id
 * @param secret the key's secret ({@code api_key} in the response)
 * @param encoded base64 of {@code id:secret}, the value to send as {@code Authorization: ApiKey <encoded>}
 */
public record ApiKey(String id, String secret, String encoded) {

	/** @return the value of an {@code Authorization} header that authenticates with this key */
	public String authorizationHeader() {
		return "ApiKey " + encoded;
	}

	@Override
	public String toString() {
		return "ApiKey[id=" + id + ", secret=***]";
	}
}
