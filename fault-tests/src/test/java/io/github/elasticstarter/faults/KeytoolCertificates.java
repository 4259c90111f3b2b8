package io.github.elasticstarter.faults;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;

/**
 * A CA and a server certificate for localhost and 127.0.0.1 it signed, made with the JDK's
 * {@code keytool} and written as the PEM files Elasticsearch reads, with the certificate's
 * validity chosen: an expired one serves the expired-certificate test.
 */
final class KeytoolCertificates {

	/** Only protects throw-away test key stores. */
	private static final String STORE_PASSWORD = "keytool-store";

	/**
	 * @param certificate the server certificate followed by the CA, PEM
	 * @param privateKey its private key, unencrypted PKCS#8 PEM
	 * @param caFingerprint SHA-256 of the CA certificate, hex
	 */
	record ServerCertificate(Path certificate, Path privateKey, String caFingerprint) {

	}

	private KeytoolCertificates() {
	}

	/** A server certificate that expired days ago (valid from 10 days ago for 2 days). */
	static ServerCertificate expired(Path directory) throws Exception {
		keytool(directory, "-genkeypair", "-alias", "ca", "-keyalg", "RSA", "-keysize", "2048", "-dname",
				"CN=Fault Test CA", "-ext", "bc:c", "-validity", "30", "-keystore", "ca.p12");
		keytool(directory, "-genkeypair", "-alias", "server", "-keyalg", "RSA", "-keysize", "2048", "-dname",
				"CN=localhost", "-keystore", "server.p12");
		keytool(directory, "-certreq", "-alias", "server", "-keystore", "server.p12", "-file", "server.csr");
		keytool(directory, "-gencert", "-alias", "ca", "-keystore", "ca.p12", "-infile", "server.csr", "-outfile",
				"server.crt", "-rfc", "-ext", "SAN=dns:localhost,ip:127.0.0.1", "-startdate", "-10d", "-validity", "2");
		keytool(directory, "-exportcert", "-alias", "ca", "-keystore", "ca.p12", "-rfc", "-file", "ca.crt");
		Path chain = directory.resolve("server-chain.crt");
		Files.writeString(chain, Files.readString(directory.resolve("server.crt")).strip() + "\n"
				+ Files.readString(directory.resolve("ca.crt")).strip() + "\n", StandardCharsets.US_ASCII);
		KeyStore server = load(directory.resolve("server.p12"));
		PrivateKey key = (PrivateKey) server.getKey("server", STORE_PASSWORD.toCharArray());
		Path keyFile = directory.resolve("server.key");
		Files.writeString(keyFile, "-----BEGIN PRIVATE KEY-----\n"
				+ Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(key.getEncoded())
				+ "\n-----END PRIVATE KEY-----\n", StandardCharsets.US_ASCII);
		byte[] ca = load(directory.resolve("ca.p12")).getCertificate("ca").getEncoded();
		return new ServerCertificate(chain, keyFile,
				HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(ca)));
	}

	private static KeyStore load(Path file) throws Exception {
		KeyStore store = KeyStore.getInstance("PKCS12");
		try (InputStream in = Files.newInputStream(file)) {
			store.load(in, STORE_PASSWORD.toCharArray());
		}
		return store;
	}

	private static void keytool(Path directory, String... arguments) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "keytool")
			.toString(), "-storetype", "PKCS12", "-storepass", STORE_PASSWORD, "-keypass", STORE_PASSWORD));
		command.addAll(List.of(arguments));
		// Output to a file, not a pipe: reading a pipe to its end would wait as long as keytool hangs.
		Path output = Files.createTempFile(directory, "keytool-", ".out");
		try {
			Process process = new ProcessBuilder(command).directory(directory.toFile())
				.redirectErrorStream(true)
				.redirectOutput(output.toFile())
				.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
				.start();
			boolean ended = process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS);
			if (!ended) {
				process.destroyForcibly();
			}
			if (!ended || process.exitValue() != 0) {
				throw new IOException("keytool " + String.join(" ", arguments)
						+ (ended ? " failed: " : " did not end within 60 s: ")
						+ Files.readString(output, StandardCharsets.UTF_8));
			}
		}
		finally {
			Files.deleteIfExists(output);
		}
	}

}
