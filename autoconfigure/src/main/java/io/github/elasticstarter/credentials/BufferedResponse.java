package io.github.elasticstarter.credentials;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.List;

import org.apache.hc.client5.http.async.AsyncExecCallback;
import org.apache.hc.core5.http.EntityDetails;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpException;
import org.apache.hc.core5.http.HttpResponse;
import org.apache.hc.core5.http.nio.AsyncDataConsumer;
import org.apache.hc.core5.http.nio.CapacityChannel;
import org.jspecify.annotations.Nullable;

/**
 * A response held back while the client decides whether to send the request again, and handed
 * on unchanged if it does not. Only 401 responses are held, and their bodies are small.
 */
final class BufferedResponse implements AsyncDataConsumer {

	private final HttpResponse response;

	private final @Nullable EntityDetails entityDetails;

	private final ByteArrayOutputStream body = new ByteArrayOutputStream();

	private @Nullable List<? extends Header> trailers;

	BufferedResponse(HttpResponse response, @Nullable EntityDetails entityDetails) {
		this.response = response;
		this.entityDetails = entityDetails;
	}

	@Override
	public void updateCapacity(CapacityChannel capacityChannel) throws IOException {
		capacityChannel.update(Integer.MAX_VALUE);
	}

	@Override
	public synchronized void consume(ByteBuffer src) {
		while (src.hasRemaining()) {
			this.body.write(src.get());
		}
	}

	@Override
	public synchronized void streamEnd(@Nullable List<? extends Header> trailers) {
		this.trailers = trailers;
	}

	@Override
	public void releaseResources() {
	}

	/**
	 * Hand the response to the callback as if it had just arrived, and complete the exchange.
	 */
	synchronized void replayTo(AsyncExecCallback callback) {
		try {
			AsyncDataConsumer consumer = callback.handleResponse(this.response, this.entityDetails);
			if (consumer != null) {
				consumer.updateCapacity((increment) -> {
				});
				consumer.consume(ByteBuffer.wrap(this.body.toByteArray()));
				consumer.streamEnd(this.trailers);
			}
			callback.completed();
		}
		catch (HttpException | IOException | RuntimeException ex) {
			callback.failed(ex);
		}
	}

}
