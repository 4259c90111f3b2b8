package io.github.elasticstarter.http;

import java.io.IOException;

import org.apache.hc.client5.http.async.AsyncExecCallback;
import org.apache.hc.client5.http.async.AsyncExecChain;
import org.apache.hc.client5.http.async.AsyncExecChainHandler;
import org.apache.hc.core5.http.HttpException;
import org.apache.hc.core5.http.HttpRequest;
import org.apache.hc.core5.http.nio.AsyncEntityProducer;

/**
 * Sends every request body through a {@link CoalescingEntityProducer}, so that a body produced
 * in many small writes goes over the connection in a few large ones.
 */
public final class RequestBodyCoalescer implements AsyncExecChainHandler {

	/**
	 * The name of this handler in the HTTP client's exec chain.
	 */
	public static final String NAME = "elastic-request-body-coalescer";

	/** Four TLS records of the largest size. */
	static final int BUFFER_SIZE = 64 * 1024;

	@Override
	public void execute(HttpRequest request, AsyncEntityProducer entityProducer, AsyncExecChain.Scope scope,
			AsyncExecChain chain, AsyncExecCallback callback) throws HttpException, IOException {
		AsyncEntityProducer body = (entityProducer != null)
				? new CoalescingEntityProducer(entityProducer, BUFFER_SIZE) : null;
		chain.proceed(request, body, scope, callback);
	}

}
