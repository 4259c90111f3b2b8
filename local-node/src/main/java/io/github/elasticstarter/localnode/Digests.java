package io.github.elasticstarter.localnode;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Message digests every JDK has. */
final class Digests {

	private Digests() {
	}

	static MessageDigest sha1() {
		return digest("SHA-1");
	}

	/** @return lowercase hex SHA-256 of {@code bytes} */
	static String sha256Hex(byte[] bytes) {
		return HexFormat.of().formatHex(digest("SHA-256").digest(bytes));
	}

	private static MessageDigest digest(String algorithm) {
		try {
			return MessageDigest.getInstance(algorithm);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(algorithm + " is required of every JDK", ex);
		}
	}
}
