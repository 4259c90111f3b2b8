package io.github.elasticstarter.http;

import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import javax.net.ssl.SSLException;

import org.apache.hc.client5.http.impl.DefaultHttpRequestRetryStrategy;
import org.apache.hc.core5.http.HttpHeaders;
import org.apache.hc.core5.http.HttpRequest;
import org.apache.hc.core5.http.HttpResponse;
import org.apache.hc.core5.http.protocol.HttpContext;
import org.apache.hc.core5.http.protocol.HttpCoreContext;
import org.apache.hc.core5.util.TimeValue;

/**
 * HttpClient's retry strategy with the statuses Elastic's clients retry (429, 502, 503, 504 by
 * default) and an exponential back-off: {@code initial * 2^(n-1)}, capped, or the server's
 * {@code Retry-After} when it sends one, capped the same way: a proxy's {@code Retry-After: 3600}
 * must not stall a request for an hour. Retries after a status apply to every method, as in
 * Elastic's clients; retries after an I/O error apply to requests that are safe to send again
 * (see {@link RequestSafety}) only, and never to errors that mean the node is unreachable (those
 * fail over to the next node instead).
 * <p>
 * Bulk requests ({@code _bulk}) are never retried here: their retries belong to the bulk layer
 * ({@code ElasticBulk}), which resends only the operations that may be resent (never one without
 * an id after a gateway error), with its own back-off and limits; retrying here too would
 * multiply the attempts and resend a whole request after a 502 or 504, where an {@code index}
 * without id may already have been applied. The client gives no per-request marker that reaches
 * this strategy without going over the wire (the {@code Rest5Client} passes only the method,
 * URI, headers and body to HttpClient, in a fresh context per attempt), so every {@code _bulk}
 * request is treated alike: a bulk request sent with {@code client.bulk(...)} directly is not
 * retried by the transport either, and gets at-most-once delivery of each attempt.
 */
public class ElasticRetryStrategy extends DefaultHttpRequestRetryStrategy {

	private final int maxRetries;

	private final Set<Integer> retryOnStatus;

	private final Duration initialBackoff;

	private final Duration maxBackoff;

	/**
	 * A strategy with the given limits.
	 * @param maxRetries how many times a request is sent again at most, 0 for never
	 * @param retryOnStatus the response statuses after which a request is sent again
	 * @param initialBackoff the back-off before the first retry; it doubles with each later one
	 * @param maxBackoff the longest back-off, which caps a server's {@code Retry-After} too
	 */
	public ElasticRetryStrategy(int maxRetries, Collection<Integer> retryOnStatus, Duration initialBackoff,
			Duration maxBackoff) {
		super(maxRetries, TimeValue.ofMilliseconds(initialBackoff.toMillis()), List.of(InterruptedIOException.class,
				UnknownHostException.class, ConnectException.class, NoRouteToHostException.class, SSLException.class),
				retryOnStatus);
		this.maxRetries = maxRetries;
		this.retryOnStatus = Set.copyOf(retryOnStatus);
		this.initialBackoff = initialBackoff;
		this.maxBackoff = maxBackoff;
	}

	/**
	 * Retry a retryable status whatever the response timeout: HttpClient's own check refuses a
	 * retry when its back-off exceeds the response timeout. Bulk requests are left to the bulk
	 * layer.
	 */
	@Override
	public boolean retryRequest(HttpResponse response, int execCount, HttpContext context) {
		HttpRequest request = HttpCoreContext.castOrCreate(context).getRequest();
		if (request != null && RequestSafety.isBulk(request)) {
			return false;
		}
		return execCount <= this.maxRetries && this.retryOnStatus.contains(response.getCode());
	}

	@Override
	public TimeValue getRetryInterval(HttpResponse response, int execCount, HttpContext context) {
		if (response.containsHeader(HttpHeaders.RETRY_AFTER)) {
			TimeValue requested = super.getRetryInterval(response, execCount, context);
			return TimeValue.ofMilliseconds(Math.min(requested.toMilliseconds(), this.maxBackoff.toMillis()));
		}
		return TimeValue.ofMilliseconds(backoff(execCount).toMillis());
	}

	/**
	 * Besides the idempotent methods, the {@code POST} requests of Elasticsearch's read APIs
	 * (search, count, multi-get...) are safe to send again after an I/O error.
	 */
	@Override
	protected boolean handleAsIdempotent(HttpRequest request) {
		return RequestSafety.isSafeToResend(request);
	}

	Duration backoff(int execCount) {
		int doublings = Math.min(Math.max(execCount - 1, 0), 30);
		Duration backoff = this.initialBackoff.multipliedBy(1L << doublings);
		return (backoff.compareTo(this.maxBackoff) > 0) ? this.maxBackoff : backoff;
	}

}
