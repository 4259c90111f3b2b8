package io.github.elasticstarter.localnode;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * Changes a node's credentials the way an operator rotating them would: file-realm users and their passwords,
 * API key and OAuth2 token invalidation, and the trial licence that the token service needs. Every secret it hands
 * out or sets is remembered for {@link LocalElasticsearch#issuedSecrets()}.
 */
public final class NodeSecurity {

	private final NodeProcess node;

	NodeSecurity(NodeProcess node) {
		this.node = node;
	}

	/**
	 * Adds a user to the node's file realm with {@code bin/elasticsearch-users useradd}, and waits until the node
	 * accepts it.
	 * @param name the user name
	 * @param password the password, at least 6 characters
	 * @param role the user's role, such as {@code superuser}
	 */
	public void addFileRealmUser(String name, String password, String role) {
		CredentialIssuer.issued(password);
		node.runTool("elasticsearch-users", "useradd", name, "-p", password, "-r", role);
		CredentialIssuer.awaitAccepted(node, basic(name, password), "file-realm user " + name);
	}

	/**
	 * Changes a file-realm user's password with {@code bin/elasticsearch-users passwd}, and waits until the node
	 * accepts the new one (it reloads the realm's files every few seconds), and so rejects the old one.
	 * @param name the user name
	 * @param password the new password
	 */
	public void changeFileRealmPassword(String name, String password) {
		CredentialIssuer.issued(password);
		node.runTool("elasticsearch-users", "passwd", name, "-p", password);
		CredentialIssuer.awaitAccepted(node, basic(name, password), "the new password of " + name);
	}

	/**
	 * Invalidates an API key with {@code DELETE /_security/api_key}.
	 * @param id the key's id
	 */
	public void invalidateApiKey(String id) {
		send("DELETE", "_security/api_key", Map.of("ids", List.of(id)), "invalidating API key " + id);
	}

	/**
	 * Starts the trial licence ({@code POST /_license/start_trial?acknowledge=true}), which the token service needs.
	 * Starting it again on a node that already has it is harmless.
	 */
	public void startTrial() {
		try {
			HttpResponse<String> response = node.http().post("_license/start_trial?acknowledge=true", "");
			if (response.statusCode() != 200 && !response.body().contains("already activated")) {
				throw new LocalElasticsearchException("Starting the trial licence failed: HTTP " + response.statusCode()
						+ " " + response.body());
			}
		}
		catch (IOException ex) {
			throw new LocalElasticsearchException("Starting the trial licence failed", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new LocalElasticsearchException("Interrupted while starting the trial licence", ex);
		}
	}

	/**
	 * Gets an OAuth2 access token for a user from the token service ({@code POST /_security/oauth2/token}, grant type
	 * {@code password}); it expires after the node's {@code xpack.security.authc.token.timeout}.
	 * @param name the user name
	 * @param password the user's password
	 * @return the access token, to send as {@code Authorization: Bearer <token>}
	 */
	public String createAccessToken(String name, String password) {
		String body = send("POST", "_security/oauth2/token",
				Map.of("grant_type", "password", "username", name, "password", password), "getting a token for " + name);
		String token = NodeJson.requiredString(NodeJson.read(body, "POST /_security/oauth2/token"), "access_token",
				"POST /_security/oauth2/token");
		CredentialIssuer.issued(token);
		return token;
	}

	/**
	 * Whether the node authenticates a request with the given header now.
	 * @param authorization the {@code Authorization} header, such as {@code Bearer <token>}
	 * @return whether {@code GET /_security/_authenticate} answers 200
	 */
	public boolean accepts(String authorization) {
		try {
			return node.http().get("_security/_authenticate", authorization).statusCode() == 200;
		}
		catch (IOException ex) {
			throw new LocalElasticsearchException("Authenticating failed", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new LocalElasticsearchException("Interrupted while authenticating", ex);
		}
	}

	private String send(String method, String path, Map<String, Object> json, String what) {
		try {
			HttpResponse<String> response = node.http().send(method, path, NodeJson.write(json));
			if (response.statusCode() != 200) {
				throw new LocalElasticsearchException(what + " failed: HTTP " + response.statusCode());
			}
			return response.body();
		}
		catch (IOException ex) {
			throw new LocalElasticsearchException(what + " failed", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new LocalElasticsearchException("Interrupted while " + what, ex);
		}
	}

	private static String basic(String name, String password) {
		return "Basic " + Base64.getEncoder().encodeToString((name + ":" + password).getBytes(StandardCharsets.UTF_8));
	}

}
