package io.github.elasticstarter.localnode;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;

/**
 * Issues credentials on a node (API keys, service tokens) and remembers every secret this JVM's nodes handed out, so
 * that tests can check none of them leaks.
 */
final class CredentialIssuer {

	private static final Set<String> ISSUED_SECRETS = ConcurrentHashMap.newKeySet();

	private static final Pattern SERVICE_TOKEN_NAME = Pattern.compile("[A-Za-z0-9-][A-Za-z0-9_-]{0,255}");

	private static final Pattern SERVICE_TOKEN_LINE = Pattern.compile("SERVICE_TOKEN \\S+ = (\\S+)");

	private static final String API_KEY_ENDPOINT = "_security/api_key";

	private static final Duration SERVICE_TOKEN_VISIBLE_TIMEOUT = Duration.ofSeconds(30);

	private CredentialIssuer() {
	}

	static void issued(String secret) {
		ISSUED_SECRETS.add(secret);
	}

	static Set<String> issuedSecrets() {
		return Set.copyOf(ISSUED_SECRETS);
	}

	/**
	 * Creates an API key for the superuser with {@code POST /_security/api_key}.
	 * @param name the key's name
	 * @return the new key
	 */
	static ApiKey createApiKey(NodeProcess node, String name) {
		try {
			HttpResponse<String> response = node.http().post(API_KEY_ENDPOINT, NodeJson.write(Map.of("name", name)));
			if (response.statusCode() != 200) {
				throw new LocalElasticsearchException("Creating API key " + name + " failed: HTTP "
						+ response.statusCode() + " " + response.body());
			}
			ApiKey key = apiKeyFrom(response.body());
			ISSUED_SECRETS.add(key.secret());
			ISSUED_SECRETS.add(key.encoded());
			return key;
		}
		catch (IOException ex) {
			throw new LocalElasticsearchException("Creating API key " + name + " failed", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new LocalElasticsearchException("Interrupted while creating API key " + name, ex);
		}
	}

	/** @return the key in a {@code POST /_security/api_key} answer */
	static ApiKey apiKeyFrom(String answer) {
		String what = "POST /" + API_KEY_ENDPOINT;
		JsonNode json = NodeJson.read(answer, what);
		return new ApiKey(NodeJson.requiredString(json, "id", what), NodeJson.requiredString(json, "api_key", what),
				NodeJson.requiredString(json, "encoded", what));
	}

	/**
	 * Creates a file-backed service token for the {@code elastic/fleet-server} service account with
	 * {@code bin/elasticsearch-service-tokens}, and waits until the node accepts it.
	 * @param name the token's name: letters, digits, {@code -} and {@code _}, unique per node
	 * @return the token, to send as {@code Authorization: Bearer <token>}
	 */
	static String createServiceToken(NodeProcess node, String name) {
		if (!SERVICE_TOKEN_NAME.matcher(name).matches()) {
			throw new IllegalArgumentException("Invalid service token name: " + name);
		}
		String output = node.runTool("elasticsearch-service-tokens", "create", "elastic/fleet-server", name);
		Matcher matcher = SERVICE_TOKEN_LINE.matcher(output);
		if (!matcher.find()) {
			throw new LocalElasticsearchException("No token in the output of elasticsearch-service-tokens: " + output);
		}
		String token = matcher.group(1);
		ISSUED_SECRETS.add(token);
		awaitAccepted(node, "Bearer " + token, "service token " + name);
		return token;
	}

	/** The node reloads file-backed credentials periodically: poll until this one authenticates. */
	static void awaitAccepted(NodeProcess node, String authorization, String what) {
		Polling.waitUntil("the node to accept " + what, SERVICE_TOKEN_VISIBLE_TIMEOUT, (seen) -> {
			HttpResponse<String> response = node.http().get("_security/_authenticate", authorization);
			seen.accept("HTTP " + response.statusCode() + " " + response.body());
			return response.statusCode() == 200;
		});
	}

}
