package io.github.elasticstarter.http;

import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.security.cert.CertificateExpiredException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLPeerUnverifiedException;

import org.apache.hc.client5.http.ConnectTimeoutException;
import org.apache.hc.client5.http.async.AsyncExecCallback;
import org.apache.hc.client5.http.async.AsyncExecChain;
import org.apache.hc.client5.http.async.AsyncExecChainHandler;
import org.apache.hc.client5.http.protocol.HttpClientContext;
import org.apache.hc.core5.http.ConnectionClosedException;
import org.apache.hc.core5.http.EndpointDetails;
import org.apache.hc.core5.http.EntityDetails;
import org.apache.hc.core5.http.HttpException;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.http.HttpRequest;
import org.apache.hc.core5.http.HttpResponse;
import org.apache.hc.core5.http.NoHttpResponseException;
import org.apache.hc.core5.http.ParseException;
import org.apache.hc.core5.http.nio.AsyncDataConsumer;
import org.apache.hc.core5.http.nio.AsyncEntityProducer;
import org.apache.hc.core5.http.nio.entity.DiscardingEntityConsumer;
import org.jspecify.annotations.Nullable;

/**
 * Makes connection failures say what they mean. Failures that usually mean a TLS or scheme
 * mistake get a message saying which mistake and how to fix it, keeping the exception type and
 * the original as cause. A request that changes data and fails after it was sent becomes a
 * {@link RequestOutcomeUnknownException}, so that the {@code Rest5Client} does not send it
 * again to another node. It sits outermost in the HTTP client's chain, so it sees a failure
 * once, after retries.
 */
public class ConnectionFailureExplainer implements AsyncExecChainHandler {

	/**
	 * The name of this handler in the HTTP client's exec chain.
	 */
	public static final String NAME = "elastic-connection-failure-explainer";

	/**
	 * Nodes that have answered over plain HTTP: a connection they close is no sign that they
	 * serve HTTPS.
	 */
	private final Set<HttpHost> answeredOverHttp = ConcurrentHashMap.newKeySet();

	/** Statuses a gateway answers with when it may have passed the request on. */
	private static final Set<Integer> GATEWAY_ERRORS = Set.of(502, 504);

	@Override
	public void execute(HttpRequest request, AsyncEntityProducer entityProducer, AsyncExecChain.Scope scope,
			AsyncExecChain chain, AsyncExecCallback callback) throws HttpException, IOException {
		HttpHost target = scope.route.getTargetHost();
		HttpClientContext context = scope.clientContext;
		chain.proceed(request, entityProducer, scope, new ForwardingExecCallback(callback) {

			private int gatewayError;

			@Override
			public AsyncDataConsumer handleResponse(HttpResponse response, EntityDetails entityDetails)
					throws HttpException, IOException {
				ConnectionFailureExplainer.this.answeredOverHttp.add(target);
				if (GATEWAY_ERRORS.contains(response.getCode()) && RequestSafety.isBulk(request)) {
					// the caller gets a failure instead, once the body is read and discarded
					this.gatewayError = response.getCode();
					return (entityDetails != null) ? new DiscardingEntityConsumer<>() : null;
				}
				return super.handleResponse(response, entityDetails);
			}

			@Override
			public void completed() {
				if (this.gatewayError != 0) {
					super.failed(bulkOutcomeUnknown(request, target, this.gatewayError));
					return;
				}
				super.completed();
			}

			@Override
			public void failed(Exception cause) {
				EndpointDetails endpoint = context.getEndpointDetails();
				boolean answeredBefore = (endpoint != null && endpoint.getResponseCount() > 0)
						|| ConnectionFailureExplainer.this.answeredOverHttp.contains(target);
				Exception explained = explain(cause, target, answeredBefore);
				if (!isBeforeSending(cause) && !RequestSafety.isSafeToResend(request)) {
					explained = new RequestOutcomeUnknownException("The outcome of " + request.getMethod() + " "
							+ request.getPath() + " on " + target.toURI() + " is unknown: the connection failed after "
							+ "the request was sent (" + cause + "). It was not sent again, to this node or another, because it changes data and could "
							+ "be applied twice: check whether it took effect before repeating it.", cause);
				}
				super.failed((explained != null) ? explained : cause);
			}

		});
	}

	/**
	 * A {@code _bulk} request answered with a gateway error may have been passed on and applied.
	 * The {@code Rest5Client} would send it to its next node, applying operations without an id
	 * twice; as a failure of this type it goes back to the caller instead, and the bulk layer
	 * resends only what is safe to resend.
	 */
	private static RequestOutcomeUnknownException bulkOutcomeUnknown(HttpRequest request, HttpHost target,
			int status) {
		return new RequestOutcomeUnknownException("The outcome of " + request.getMethod() + " " + request.getPath()
				+ " on " + target.toURI() + " is unknown: it was answered with the gateway error " + status
				+ ", so a proxy may have passed it on. It was not sent to another node, because operations "
				+ "without an id could be applied twice.", null, status);
	}

	/**
	 * Whether the failure happened before anything of the request reached the node: while
	 * resolving, connecting or negotiating TLS.
	 */
	static boolean isBeforeSending(Exception failure) {
		return failure instanceof ConnectException || failure instanceof UnknownHostException
				|| failure instanceof NoRouteToHostException || failure instanceof ConnectTimeoutException
				|| failure instanceof SSLException || failure instanceof IllegalStateException;
	}

	static @Nullable Exception explain(Exception failure, HttpHost target, boolean answeredBefore) {
		String node = target.toURI();
		String original = failure.getMessage();
		if (failure instanceof SSLPeerUnverifiedException) {
			return withCause(new SSLPeerUnverifiedException("The TLS certificate of " + node + " is not issued for "
					+ "host name '" + target.getHostName() + "' (" + original + "). Connect with a host name the "
					+ "certificate names, or set 'elastic.ssl.verification-mode: certificate' to skip host name "
					+ "verification."), failure);
		}
		if (failure instanceof SSLHandshakeException && hasCause(failure, CertificateExpiredException.class)) {
			return withCause(new SSLHandshakeException("The TLS certificate of " + node + " has expired (" + original
					+ "). Renew the node's certificate."), failure);
		}
		if (failure instanceof SSLHandshakeException && original != null
				&& original.contains("unable to find valid certification path")) {
			return withCause(new SSLHandshakeException("The TLS certificate of " + node + " is not signed by a "
					+ "certificate authority this application trusts (" + original + "). Trust the node's CA with "
					+ "'elastic.ssl.ca-fingerprint' (its SHA-256 fingerprint) or 'elastic.ssl.bundle'."), failure);
		}
		if (failure instanceof SSLException && original != null
				&& (original.contains("Unsupported or unrecognized SSL message")
						|| original.contains("Unrecognized SSL message"))) {
			return withCause(new SSLException("The node at " + node + " does not answer with TLS (" + original
					+ "). If it serves plain HTTP, use 'http://' in 'elastic.hosts'."), failure);
		}
		if ("https".equals(target.getSchemeName()) && failure instanceof SocketTimeoutException) {
			return withCause(new SocketTimeoutException("No answer from " + node + " within " + original
					+ " (connect, TLS handshake or socket timeout). If the node serves plain HTTP, use 'http://' in "
					+ "'elastic.hosts'; if it is slow, raise 'elastic.connect-timeout' or 'elastic.socket-timeout'."),
					failure);
		}
		if ("http".equals(target.getSchemeName()) && !answeredBefore
				&& (failure instanceof ConnectionClosedException || failure instanceof NoHttpResponseException)) {
			return new ConnectionClosedException("The node at " + node + " closed the connection without an HTTP "
					+ "answer (" + original + "). If it serves HTTPS, use 'https://' in 'elastic.hosts'.", failure);
		}
		// A TLS port may answer plain HTTP with a TLS alert instead of closing (Java 25's TLS does). An
		// IOException, like the closed connection above, so that the client reports this message.
		if ("http".equals(target.getSchemeName()) && !answeredBefore && failure instanceof ParseException) {
			return new IOException("The node at " + node + " answered with something that is not HTTP ("
					+ original + "). If it serves HTTPS, use 'https://' in 'elastic.hosts'.", failure);
		}
		return null;
	}

	private static boolean hasCause(Throwable failure, Class<? extends Throwable> type) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (type.isInstance(cause)) {
				return true;
			}
		}
		return false;
	}

	private static <T extends Exception> T withCause(T explained, Exception cause) {
		explained.initCause(cause);
		return explained;
	}

}
