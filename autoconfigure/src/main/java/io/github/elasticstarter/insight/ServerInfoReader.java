package io.github.elasticstarter.insight;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import co.elastic.clients.transport.rest5_client.low_level.Cancellable;
import co.elastic.clients.transport.rest5_client.low_level.Request;
import co.elastic.clients.transport.rest5_client.low_level.Response;
import co.elastic.clients.transport.rest5_client.low_level.ResponseException;
import co.elastic.clients.transport.rest5_client.low_level.ResponseListener;
import co.elastic.clients.transport.rest5_client.low_level.Rest5Client;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import org.jspecify.annotations.Nullable;

/**
 * Reads the server's version and build flavour from {@code GET /}, or, on a server that does not
 * serve it (a distribution without the module behind it answers 405), from the node info of the
 * node that answers. A server that serves neither gives an unknown version; a rejected
 * credential or a failed connection is an exception, since nothing else would work either.
 */
final class ServerInfoReader {

	static final String NODE_INFO = "/_nodes/_local";

	private final Rest5Client client;

	private final Duration timeout;

	ServerInfoReader(Rest5Client client, Duration timeout) {
		this.client = client;
		this.timeout = timeout;
	}

	ServerInfo read() throws IOException {
		int rootStatus;
		try {
			JsonObject root = get("/", null);
			JsonObject version = root.getJsonObject("version");
			if (version != null) {
				return new ServerInfo(text(version, "number"), text(version, "build_flavor"), "GET /");
			}
			rootStatus = 200;
		}
		catch (ResponseException ex) {
			rootStatus = rejectedOrStatus(ex);
		}
		try {
			JsonObject nodes = get(NODE_INFO, "nodes.*.version,nodes.*.build_flavor").getJsonObject("nodes");
			if (nodes != null && !nodes.isEmpty()) {
				JsonObject node = nodes.values().iterator().next().asJsonObject();
				return new ServerInfo(text(node, "version"), text(node, "build_flavor"), "GET " + NODE_INFO);
			}
			return unknown(rootStatus, 200);
		}
		catch (ResponseException ex) {
			return unknown(rootStatus, rejectedOrStatus(ex));
		}
	}

	private static ServerInfo unknown(int rootStatus, int nodesStatus) {
		return new ServerInfo(null, null,
				"GET / answered " + rootStatus + ", GET " + NODE_INFO + " answered " + nodesStatus + ", without a version");
	}

	private static int rejectedOrStatus(ResponseException ex) throws ResponseException {
		int status = ex.getResponse().getStatusCode();
		if (status == 401) {
			throw ex;
		}
		return status;
	}

	private JsonObject get(String path, @Nullable String filterPath) throws IOException {
		Request request = new Request("GET", path);
		if (filterPath != null) {
			request.addParameter("filter_path", filterPath);
		}
		Response response = perform(request);
		if (response.getStatusCode() >= 300) {
			// The client returns the responses below 500 instead of throwing them
			throw new ResponseException(response);
		}
		try (InputStream body = response.getEntity().getContent(); JsonReader reader = Json.createReader(body)) {
			return reader.readObject();
		}
	}

	private Response perform(Request request) throws IOException {
		CompletableFuture<Response> result = new CompletableFuture<>();
		Cancellable call = this.client.performRequestAsync(request, new ResponseListener() {

			@Override
			public void onSuccess(Response response) {
				result.complete(response);
			}

			@Override
			public void onFailure(Exception exception) {
				result.completeExceptionally(exception);
			}

		});
		try {
			return result.get(this.timeout.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (TimeoutException ex) {
			call.cancel();
			throw new IOException("No answer to " + request.getMethod() + " " + request.getEndpoint() + " within "
					+ this.timeout.toMillis() + " ms", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			call.cancel();
			throw new IOException("Interrupted while waiting for the server", ex);
		}
		catch (ExecutionException ex) {
			throw asIOException(ex.getCause());
		}
	}

	private static IOException asIOException(@Nullable Throwable cause) {
		if (cause instanceof IOException io) {
			return io;
		}
		if (cause instanceof UncheckedIOException unchecked) {
			return unchecked.getCause();
		}
		return new IOException(cause);
	}

	private static @Nullable String text(JsonObject object, String name) {
		JsonValue value = object.get(name);
		return (value != null && value.getValueType() == JsonValue.ValueType.STRING) ? object.getString(name) : null;
	}

}
