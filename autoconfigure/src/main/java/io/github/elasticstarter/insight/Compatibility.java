package io.github.elasticstarter.insight;

import java.util.Locale;

import co.elastic.clients.transport.Version;
import org.jspecify.annotations.Nullable;

/**
 * Whether this client can talk to a server, by Elastic's compatibility policy: a client of major
 * version N works with servers of major N (forward compatible across minors: an older server
 * minor lacks the newer APIs), and with servers of major N+1 only when it sends the
 * {@code compatible-with=N} headers ({@code elastic.compatibility-mode}); with any other major it
 * does not work.
 *
 * @param verdict the verdict
 * @param reason why, in a sentence
 */
public record Compatibility(Verdict verdict, String reason) {

	/**
	 * Judge a server version.
	 * @param serverVersion the server's version, or {@code null} when it could not be read
	 * @param client the client's version
	 * @param compatibilityMode whether the client sends compatibility headers
	 * @return the verdict
	 */
	public static Compatibility of(@Nullable String serverVersion, Version client, boolean compatibilityMode) {
		Version server = (serverVersion != null) ? parse(serverVersion) : null;
		if (server == null) {
			return new Compatibility(Verdict.UNKNOWN, "the server's version could not be read");
		}
		String versions = "server " + serverVersion + ", client " + client;
		if (server.major() == client.major()) {
			if (server.minor() < client.minor()) {
				return new Compatibility(Verdict.COMPATIBLE_OLDER_MINOR, versions
						+ ": same major, but the server lacks the APIs added after " + server.major() + "."
						+ server.minor());
			}
			return new Compatibility(Verdict.COMPATIBLE, versions + ": same major");
		}
		if (server.major() == client.major() + 1) {
			if (compatibilityMode) {
				return new Compatibility(Verdict.COMPATIBLE, versions + ": the client sends compatible-with="
						+ client.major() + " headers, which the next major accepts");
			}
			return new Compatibility(Verdict.INCOMPATIBLE, versions
					+ ": a server of the next major needs the compatibility headers, and elastic.compatibility-mode "
					+ "is false");
		}
		return new Compatibility(Verdict.INCOMPATIBLE, versions + ": a client of major " + client.major()
				+ " works with servers of major " + client.major() + " and " + (client.major() + 1) + " only");
	}

	private static @Nullable Version parse(String version) {
		try {
			return Version.parse(version);
		}
		catch (RuntimeException ex) {
			return null;
		}
	}

	/**
	 * How well the client and the server go together.
	 */
	public enum Verdict {

		/** Same major, or the next one with compatibility headers. */
		COMPATIBLE,

		/** Same major, older server minor: works, without the newer APIs. */
		COMPATIBLE_OLDER_MINOR,

		/** Requests will fail, or worse, be misread. */
		INCOMPATIBLE,

		/** The server's version could not be read. */
		UNKNOWN;

		/**
		 * The verdict as the endpoint and the log show it.
		 * @return the lower-case name
		 */
		public String label() {
			return name().toLowerCase(Locale.ROOT);
		}

	}

}
