package io.github.elasticstarter.http;

import java.io.IOException;

import org.apache.hc.client5.http.async.AsyncExecCallback;
import org.apache.hc.core5.http.EntityDetails;
import org.apache.hc.core5.http.HttpException;
import org.apache.hc.core5.http.HttpResponse;
import org.apache.hc.core5.http.nio.AsyncDataConsumer;

/**
 * An {@link AsyncExecCallback} that passes everything on to the next one: the starter's
 * execution chain handlers override only what they watch or change.
 */
public class ForwardingExecCallback implements AsyncExecCallback {

	private final AsyncExecCallback next;

	/**
	 * Create a callback passing everything on to the given one.
	 * @param next the callback of the handler above
	 */
	public ForwardingExecCallback(AsyncExecCallback next) {
		this.next = next;
	}

	@Override
	public AsyncDataConsumer handleResponse(HttpResponse response, EntityDetails entityDetails)
			throws HttpException, IOException {
		return this.next.handleResponse(response, entityDetails);
	}

	@Override
	public void handleInformationResponse(HttpResponse response) throws HttpException, IOException {
		this.next.handleInformationResponse(response);
	}

	@Override
	public void completed() {
		this.next.completed();
	}

	@Override
	public void failed(Exception cause) {
		this.next.failed(cause);
	}

}
