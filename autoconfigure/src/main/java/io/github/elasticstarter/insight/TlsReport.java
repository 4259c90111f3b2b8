package io.github.elasticstarter.insight;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.github.elasticstarter.tls.CertificateView;
import io.github.elasticstarter.tls.PresentedChains.PresentedChain;
import org.jspecify.annotations.Nullable;

/**
 * The chains the servers presented, against the trust the client was configured with.
 *
 * @param verificationMode the verification mode
 * @param pin the configured CA fingerprint, if any (public data: a hash of a public certificate)
 * @param bundle the name of the configured SSL bundle, if any
 * @param chains the chain each server presented last, by server
 */
public record TlsReport(String verificationMode, @Nullable String pin, @Nullable String bundle,
		Map<String, PresentedChain> chains) {

	/**
	 * Whether every chain presented so far matches the configured trust: contains the pin and
	 * was trusted, or was trusted by the bundle or the JVM. {@code null} before any handshake.
	 * @return the verdict
	 */
	public @Nullable Boolean matches() {
		if (this.chains.isEmpty()) {
			return null;
		}
		return this.chains.values().stream().allMatch(this::matches);
	}

	private boolean matches(PresentedChain chain) {
		String normalizedPin = normalizedPin();
		return chain.trusted() && (normalizedPin == null || chain.contains(normalizedPin));
	}

	private @Nullable String normalizedPin() {
		return (this.pin != null) ? this.pin.strip().replace(":", "").toLowerCase(Locale.ROOT) : null;
	}

	/**
	 * The fingerprints each server presented, in one line, for a log message.
	 * @return the servers and their chains' fingerprints
	 */
	public String presentedFingerprints() {
		StringBuilder line = new StringBuilder();
		this.chains.forEach((server, chain) -> {
			line.append((line.length() > 0) ? "; " : "").append(server).append(" presented");
			chain.certificates()
				.forEach((certificate) -> line.append(" [").append(certificate.subject())
					.append(" SHA-256 ")
					.append(certificate.sha256())
					.append("]"));
		});
		return line.toString();
	}

	Map<String, Object> describe() {
		Map<String, Object> tls = new LinkedHashMap<>();
		tls.put("verificationMode", this.verificationMode);
		tls.put("trust", (this.pin != null) ? "ca-fingerprint" : (this.bundle != null) ? "ssl-bundle" : "jvm");
		if (this.pin != null) {
			tls.put("pin", this.pin);
		}
		if (this.bundle != null) {
			tls.put("bundle", this.bundle);
		}
		tls.put("match", matches());
		Map<String, Object> servers = new LinkedHashMap<>();
		this.chains.forEach((server, chain) -> servers.put(server, describe(chain)));
		tls.put("servers", servers);
		return tls;
	}

	private Map<String, Object> describe(PresentedChain chain) {
		Map<String, Object> described = new LinkedHashMap<>();
		described.put("match", matches(chain));
		described.put("trusted", chain.trusted());
		if (chain.rejection() != null) {
			described.put("rejection", chain.rejection());
		}
		described.put("presentedAt", chain.presentedAt().toString());
		List<Map<String, String>> certificates = chain.certificates().stream().map(TlsReport::describe).toList();
		described.put("certificates", certificates);
		return described;
	}

	private static Map<String, String> describe(CertificateView certificate) {
		Map<String, String> described = new LinkedHashMap<>();
		described.put("subject", certificate.subject());
		described.put("issuer", certificate.issuer());
		described.put("notAfter", certificate.notAfter().toString());
		described.put("sha256", certificate.sha256());
		return described;
	}

}
