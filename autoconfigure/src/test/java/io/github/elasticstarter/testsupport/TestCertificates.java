package io.github.elasticstarter.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.cert.Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManager;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

/**
 * Server certificates for TLS tests, made with the JDK's {@code keytool}: a CA, and server
 * certificates it signs, valid or expired, for localhost or for another host name.
 */
public final class TestCertificates {

	private static final String PASSWORD = "changeit";

	private static final Duration KEYTOOL_TIMEOUT = Duration.ofSeconds(60);

	private final Path directory;

	public TestCertificates(Path directory) throws IOException, InterruptedException {
		this.directory = directory;
		keytool("-genkeypair", "-alias", "ca", "-keyalg", "RSA", "-keysize", "2048", "-dname", "CN=Test CA",
				"-ext", "bc:c", "-validity", "30", "-keystore", store("ca"));
	}

	/**
	 * A TLS context presenting a certificate for {@code hostName}, signed by the CA, with the CA
	 * in its chain.
	 * @param name a name for the files
	 * @param hostName the host name the certificate is issued for
	 * @param expired whether the certificate expired days ago
	 */
	public SSLContext server(String name, String hostName, boolean expired) throws Exception {
		SSLContext context = SSLContext.getInstance("TLS");
		context.init(serverKeys(name, hostName, expired), null, null);
		return context;
	}

	/**
	 * The key managers of {@link #server(String, String, boolean)}, for a server whose
	 * certificate a test changes; {@link #caCertificate()} is written by then.
	 */
	public KeyManager[] serverKeys(String name, String hostName, boolean expired) throws Exception {
		keytool("-genkeypair", "-alias", name, "-keyalg", "RSA", "-keysize", "2048", "-dname", "CN=" + hostName,
				"-keystore", store(name));
		Path request = this.directory.resolve(name + ".csr");
		keytool("-certreq", "-alias", name, "-keystore", store(name), "-file", request.toString());
		Path signed = this.directory.resolve(name + ".crt");
		List<String> sign = new ArrayList<>(List.of("-gencert", "-alias", "ca", "-keystore", store("ca"), "-infile",
				request.toString(), "-outfile", signed.toString(), "-ext", "SAN=dns:" + hostName, "-rfc"));
		sign.addAll(expired ? List.of("-startdate", "-10d", "-validity", "2") : List.of("-validity", "10"));
		keytool(sign.toArray(String[]::new));
		Path caCertificate = this.directory.resolve("ca.crt");
		keytool("-exportcert", "-alias", "ca", "-keystore", store("ca"), "-rfc", "-file", caCertificate.toString());
		keytool("-importcert", "-noprompt", "-alias", "ca", "-keystore", store(name), "-file",
				caCertificate.toString());
		keytool("-importcert", "-alias", name, "-keystore", store(name), "-file", signed.toString());
		KeyStore keyStore = load(name);
		KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
		keys.init(keyStore, PASSWORD.toCharArray());
		return keys.getKeyManagers();
	}

	/**
	 * The CA certificate as a PEM file, written by the first server certificate.
	 */
	public Path caCertificate() {
		return this.directory.resolve("ca.crt");
	}

	/**
	 * The SHA-256 fingerprint of the CA certificate, as hex.
	 */
	public String caFingerprint() throws Exception {
		Certificate ca = load("ca").getCertificate("ca");
		return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(ca.getEncoded()));
	}

	private KeyStore load(String name) throws IOException, GeneralSecurityException {
		KeyStore keyStore = KeyStore.getInstance("PKCS12");
		try (InputStream in = Files.newInputStream(Path.of(store(name)))) {
			keyStore.load(in, PASSWORD.toCharArray());
		}
		return keyStore;
	}

	private String store(String name) {
		return this.directory.resolve(name + ".p12").toString();
	}

	private void keytool(String... arguments) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "keytool")
			.toString(), "-storetype", "PKCS12", "-storepass", PASSWORD, "-keypass", PASSWORD));
		command.addAll(List.of(arguments));
		Path output = Files.createTempFile(this.directory, "keytool", ".log");
		Process process = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(output.toFile())
			.start();
		if (!process.waitFor(KEYTOOL_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
			process.destroyForcibly();
			throw new IOException("keytool " + String.join(" ", arguments) + " did not finish within "
					+ KEYTOOL_TIMEOUT + ": " + Files.readString(output));
		}
		if (process.exitValue() != 0) {
			throw new IOException("keytool " + String.join(" ", arguments) + " failed: " + Files.readString(output));
		}
	}

}
