package io.github.elasticstarter.tls;

import java.net.Socket;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.X509ExtendedTrustManager;
import javax.net.ssl.X509TrustManager;

import org.jspecify.annotations.Nullable;

/**
 * Records the chain a server presents, and whether the wrapped trust manager accepted it,
 * before passing the verdict on.
 */
final class RecordingTrustManager extends X509ExtendedTrustManager {

	private final X509TrustManager delegate;

	private final PresentedChains chains;

	RecordingTrustManager(X509TrustManager delegate, PresentedChains chains) {
		this.delegate = delegate;
		this.chains = chains;
	}

	@Override
	public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
			throws CertificateException {
		check(engine.getPeerHost() + ":" + engine.getPeerPort(), chain, authType,
				(extended) -> extended.checkServerTrusted(chain, authType, engine));
	}

	@Override
	public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket)
			throws CertificateException {
		check(socket.getInetAddress().getHostName() + ":" + socket.getPort(), chain, authType,
				(extended) -> extended.checkServerTrusted(chain, authType, socket));
	}

	@Override
	public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
		check("unknown", chain, () -> this.delegate.checkServerTrusted(chain, authType));
	}

	private void check(String server, X509Certificate[] chain, String authType, ExtendedCheck extendedCheck)
			throws CertificateException {
		check(server, chain, () -> {
			if (this.delegate instanceof X509ExtendedTrustManager extended) {
				extendedCheck.run(extended);
			}
			else {
				this.delegate.checkServerTrusted(chain, authType);
			}
		});
	}

	private void check(String server, X509Certificate[] chain, TrustCheck check) throws CertificateException {
		try {
			check.run();
			this.chains.record(server, chain, null);
		}
		catch (CertificateException | RuntimeException ex) {
			this.chains.record(server, chain, message(ex));
			throw ex;
		}
	}

	private static String message(Exception ex) {
		@Nullable String message = ex.getMessage();
		return (message != null) ? message : ex.getClass().getSimpleName();
	}

	@Override
	public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
		this.delegate.checkClientTrusted(chain, authType);
	}

	@Override
	public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket)
			throws CertificateException {
		this.delegate.checkClientTrusted(chain, authType);
	}

	@Override
	public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
			throws CertificateException {
		this.delegate.checkClientTrusted(chain, authType);
	}

	@Override
	public X509Certificate[] getAcceptedIssuers() {
		return this.delegate.getAcceptedIssuers();
	}

	@FunctionalInterface
	private interface TrustCheck {

		void run() throws CertificateException;

	}

	@FunctionalInterface
	private interface ExtendedCheck {

		void run(X509ExtendedTrustManager extended) throws CertificateException;

	}

}
