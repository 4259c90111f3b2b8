package io.github.elasticstarter.http;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.List;

import org.apache.hc.core5.concurrent.FutureCallback;
import org.apache.hc.core5.http.EntityDetails;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpException;
import org.apache.hc.core5.http.HttpResponse;
import org.apache.hc.core5.http.nio.AsyncResponseConsumer;
import org.apache.hc.core5.http.nio.CapacityChannel;
import org.apache.hc.core5.http.protocol.HttpContext;
import org.jspecify.annotations.Nullable;

/**
 * A response consumer that hands its result to the caller only once HttpClient has put the
 * connection back into its pool, so that a request sent as soon as the answer arrived finds that
 * connection idle instead of opening another.
 * <p>
 * HttpClient 5 (lines of 5.5.2 and 5.6.4, the same in both) completes the caller's future from the
 * consumer's {@code streamEnd} ({@code HttpAsyncMainClientExec} line 283, into
 * {@code InternalAbstractHttpAsyncClient} line 321) and only then releases the endpoint
 * ({@code HttpAsyncMainClientExec} line 288, {@code InternalAbstractHttpAsyncClient} line 350);
 * right after releasing it, on the same I/O thread, it calls {@link #releaseResources()}
 * ({@code InternalAbstractHttpAsyncClient} line 352). Holding the result until then costs the
 * caller no wait: the release is a few pool operations already under way on that thread. A
 * failure reaches the caller at once: its connection is discarded, not pooled.
 * <p>
 * HttpClient has no setting for this: its pool opens a connection whenever none is free and the
 * route is below its maximum ({@code StrictConnPool.processPendingRequest}), whatever the reuse or
 * concurrency policy; and making the pool wait for a release would hold back concurrent requests
 * that do need a connection of their own. {@code ResultAfterReleaseConsumerTests} checks the
 * order against the HttpClient on the class path.
 * @param <T> the result type
 */
final class ResultAfterReleaseConsumer<T> implements AsyncResponseConsumer<T> {

	private final AsyncResponseConsumer<T> consumer;

	/** Hands the caller its result; set while the result waits for the release. */
	private @Nullable Runnable delivery;

	private boolean released;

	ResultAfterReleaseConsumer(AsyncResponseConsumer<T> consumer) {
		this.consumer = consumer;
	}

	@Override
	public void consumeResponse(HttpResponse response, @Nullable EntityDetails entityDetails, HttpContext context,
			FutureCallback<T> resultCallback) throws HttpException, IOException {
		this.consumer.consumeResponse(response, entityDetails, context, new FutureCallback<>() {

			@Override
			public void completed(T result) {
				hold(resultCallback, result);
			}

			@Override
			public void failed(Exception cause) {
				resultCallback.failed(cause);
			}

			@Override
			public void cancelled() {
				resultCallback.cancelled();
			}

		});
	}

	private void hold(FutureCallback<T> resultCallback, T result) {
		synchronized (this) {
			if (!this.released) {
				this.delivery = () -> resultCallback.completed(result);
				return;
			}
		}
		resultCallback.completed(result);
	}

	@Override
	public void informationResponse(HttpResponse response, HttpContext context) throws HttpException, IOException {
		this.consumer.informationResponse(response, context);
	}

	@Override
	public void updateCapacity(CapacityChannel capacityChannel) throws IOException {
		this.consumer.updateCapacity(capacityChannel);
	}

	@Override
	public void consume(ByteBuffer src) throws IOException {
		this.consumer.consume(src);
	}

	@Override
	public void streamEnd(@Nullable List<? extends Header> trailers)
			throws HttpException, IOException {
		this.consumer.streamEnd(trailers);
	}

	/**
	 * The exchange failed, its connection discarded. A result already held (the whole answer
	 * arrived while the request was still being sent) reaches the caller, as it would without this
	 * consumer; a result that comes later reaches it at once.
	 */
	@Override
	public void failed(Exception cause) {
		try {
			deliver();
		}
		finally {
			this.consumer.failed(cause);
		}
	}

	@Override
	public void releaseResources() {
		try {
			deliver();
		}
		finally {
			this.consumer.releaseResources();
		}
	}

	private void deliver() {
		Runnable heldDelivery;
		synchronized (this) {
			this.released = true;
			heldDelivery = this.delivery;
			this.delivery = null;
		}
		if (heldDelivery != null) {
			heldDelivery.run();
		}
	}

}
