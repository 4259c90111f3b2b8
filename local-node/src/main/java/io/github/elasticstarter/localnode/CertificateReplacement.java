package io.github.elasticstarter.localnode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.UUID;
import javax.net.ssl.SSLSocket;

/**
 * Replaces a running node's certificate by one from a new CA, made with {@code elasticsearch-certutil}, and waits
 * until the node serves it: Elasticsearch reloads its certificate files when they change.
 */
final class CertificateReplacement {

	private static final Duration SERVED_TIMEOUT = Duration.ofSeconds(60);

	private CertificateReplacement() {
	}

	/** @return the new CA certificate, PEM */
	static String replace(NodeProcess node, String caName) {
		try {
			Path work = node.run().tmp().resolve("certificate-" + UUID.randomUUID().toString().substring(0, 8));
			Files.createDirectories(work);
			node.own(work);
			Path caZip = work.resolve("ca.zip");
			node.runTool("elasticsearch-certutil", "ca", "--pem", "--silent", "--days", "30", "--ca-dn", "CN=" + caName,
					"--out", caZip.toString());
			Path caCertificate = Files.write(work.resolve("ca.crt"), FileTrees.readZipEntry(caZip, "ca/ca.crt"));
			Path caKey = Files.write(work.resolve("ca.key"), FileTrees.readZipEntry(caZip, "ca/ca.key"));
			node.own(work);
			Path nodeZip = work.resolve("node.zip");
			node.runTool("elasticsearch-certutil", "cert", "--pem", "--silent", "--days", "30", "--ca-cert",
					caCertificate.toString(), "--ca-key", caKey.toString(), "--name", "node", "--dns",
					"localhost,*.localhost", "--ip", "127.0.0.1", "--out", nodeZip.toString());
			String ca = Files.readString(caCertificate, StandardCharsets.US_ASCII);
			String chain = new String(FileTrees.readZipEntry(nodeZip, "node/node.crt"), StandardCharsets.US_ASCII).strip()
					+ "\n" + ca.strip() + "\n";
			Path certs = node.run().config().resolve("certs");
			// The key first: a certificate that does not match the key in place would not load.
			moveInto(node, work, FileTrees.readZipEntry(nodeZip, "node/node.key"), certs.resolve("node.key"));
			moveInto(node, work, chain.getBytes(StandardCharsets.US_ASCII), certs.resolve("node.crt"));
			awaitServedBy(node, caName);
			FileTrees.deleteQuietly(work);
			return ca;
		}
		catch (IOException ex) {
			throw new LocalElasticsearchException("Replacing the certificate of the node at " + node.baseUri()
					+ " failed", ex);
		}
	}

	private static void moveInto(NodeProcess node, Path work, byte[] content, Path target) throws IOException {
		Path staged = Files.write(work.resolve(target.getFileName() + ".new"), content);
		node.own(staged);
		Files.move(staged, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
	}

	private static void awaitServedBy(NodeProcess node, String caName) {
		Polling.waitUntil("the node to serve a certificate issued by " + caName, SERVED_TIMEOUT, (seen) -> {
			String issuer = servedIssuer(node);
			seen.accept(issuer);
			return issuer.contains("CN=" + caName);
		});
	}

	private static String servedIssuer(NodeProcess node) throws IOException {
		try (SSLSocket socket = (SSLSocket) NodeHttpClient.acceptingAnyCertificate()
			.getSocketFactory()
			.createSocket(node.baseUri().getHost(), node.baseUri().getPort())) {
			socket.setSoTimeout(5000);
			socket.startHandshake();
			X509Certificate served = (X509Certificate) socket.getSession().getPeerCertificates()[0];
			return served.getIssuerX500Principal().getName();
		}
	}

}
