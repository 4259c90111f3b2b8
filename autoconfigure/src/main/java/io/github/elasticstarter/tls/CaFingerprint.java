package io.github.elasticstarter.tls;

import java.util.HexFormat;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import org.springframework.util.StringUtils;

/**
 * The SHA-256 fingerprint of a certificate authority, as Elasticsearch prints it at first start
 * ("HTTP CA certificate SHA-256 fingerprint") or as {@code openssl x509 -fingerprint -sha256}
 * prints it, with colons.
 */
public final class CaFingerprint {

	private static final int SHA_256_HEX_LENGTH = 64;

	private CaFingerprint() {
	}

	/**
	 * Normalize a fingerprint to lower-case hex without separators.
	 * @param fingerprint the fingerprint as configured, or {@code null}
	 * @return the normalized fingerprint, or {@code null} when none is configured
	 * @throws IllegalArgumentException when it is not a SHA-256 fingerprint
	 */
	public static @Nullable String normalize(@Nullable String fingerprint) {
		if (!StringUtils.hasText(fingerprint)) {
			return null;
		}
		String hex = fingerprint.strip().replace(":", "").toLowerCase(Locale.ROOT);
		if (hex.length() != SHA_256_HEX_LENGTH || !hex.chars().allMatch(HexFormat::isHexDigit)) {
			throw new IllegalArgumentException(
					"'" + fingerprint + "' is not a SHA-256 fingerprint (64 hex digits, colons allowed).");
		}
		return hex;
	}

	static byte[] bytes(String normalized) {
		return HexFormat.of().parseHex(normalized);
	}

}
