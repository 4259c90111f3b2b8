package io.github.elasticstarter.http;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import io.github.elasticstarter.testsupport.RecordingServer;
import org.apache.hc.client5.http.async.methods.SimpleHttpResponse;
import org.apache.hc.client5.http.async.methods.SimpleRequestBuilder;
import org.apache.hc.client5.http.async.methods.SimpleRequestProducer;
import org.apache.hc.client5.http.async.methods.SimpleResponseConsumer;
import org.apache.hc.client5.http.impl.nio.PoolingAsyncClientConnectionManager;
import org.apache.hc.core5.concurrent.FutureCallback;
import org.apache.hc.core5.http.EntityDetails;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpResponse;
import org.apache.hc.core5.http.message.BasicHttpResponse;
import org.apache.hc.core5.http.nio.AsyncResponseConsumer;
import org.apache.hc.core5.http.nio.CapacityChannel;
import org.apache.hc.core5.http.protocol.HttpContext;
import org.apache.hc.core5.http.protocol.HttpCoreContext;
import org.apache.hc.core5.pool.PoolStats;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The caller gets its answer with the connection already back in the pool, so that the next
 * request reuses it; failures are not held back.
 */
class ResultAfterReleaseConsumerTests {

	@RegisterExtension
	final RecordingServer server = RecordingServer.forEachTest();

	private final List<String> delivered = new ArrayList<>();

	@Test
	void theCallerGetsItsAnswerWithTheConnectionIdleInThePool() throws Exception {
		AtomicReference<PoolingAsyncClientConnectionManager> pool = new AtomicReference<>();
		RestartableHttpAsyncClient client = new RestartableHttpAsyncClient(
				new HttpAsyncClientFactory(List.of(), pool::set, (response, entity, context) -> {
				}));
		client.start();
		try {
			CompletableFuture<PoolStats> whenAnswered = new CompletableFuture<>();
			CompletableFuture<SimpleHttpResponse> nextAnswer = new CompletableFuture<>();
			client.execute(get(), SimpleResponseConsumer.create(), new Completion<>(whenAnswered, (response) -> {
				whenAnswered.complete(pool.get().getTotalStats());
				// Sent from HttpClient's own I/O thread, as a chained asynchronous request is.
				client.execute(get(), SimpleResponseConsumer.create(), new Completion<>(nextAnswer, nextAnswer::complete));
			}));
			PoolStats answered = whenAnswered.get(10, TimeUnit.SECONDS);
			assertThat(answered.getLeased()).isZero();
			assertThat(answered.getAvailable()).isOne();
			assertThat(nextAnswer.get(10, TimeUnit.SECONDS).getCode()).isEqualTo(200);
			PoolStats afterBoth = pool.get().getTotalStats();
			assertThat(afterBoth.getLeased() + afterBoth.getAvailable()).as("connections in the pool").isOne();
		}
		finally {
			client.close();
		}
	}

	@Test
	void aResultWaitsForTheRelease() throws Exception {
		ResultAfterReleaseConsumer<String> consumer = new ResultAfterReleaseConsumer<>(new Answering("hits"));
		consumer.consumeResponse(new BasicHttpResponse(200), null, HttpCoreContext.create(), recording());
		assertThat(this.delivered).isEmpty();
		consumer.releaseResources();
		assertThat(this.delivered).containsExactly("completed: hits");
		consumer.releaseResources();
		assertThat(this.delivered).containsExactly("completed: hits");
	}

	@Test
	void aResultAfterTheReleaseIsDeliveredAtOnce() throws Exception {
		Answering late = new Answering(null);
		ResultAfterReleaseConsumer<String> consumer = new ResultAfterReleaseConsumer<>(late);
		consumer.consumeResponse(new BasicHttpResponse(200), null, HttpCoreContext.create(), recording());
		consumer.releaseResources();
		late.answer("hits");
		assertThat(this.delivered).containsExactly("completed: hits");
	}

	@Test
	void aFailureIsDeliveredAtOnce() throws Exception {
		Answering failing = new Answering(null);
		ResultAfterReleaseConsumer<String> consumer = new ResultAfterReleaseConsumer<>(failing);
		consumer.consumeResponse(new BasicHttpResponse(200), null, HttpCoreContext.create(), recording());
		failing.fail(new IOException("reset"));
		assertThat(this.delivered).containsExactly("failed: reset");
	}

	@Test
	void aHeldResultReachesTheCallerWhenTheExchangeFailsAfterTheAnswer() throws Exception {
		Answering answering = new Answering("hits");
		ResultAfterReleaseConsumer<String> consumer = new ResultAfterReleaseConsumer<>(answering);
		consumer.consumeResponse(new BasicHttpResponse(200), null, HttpCoreContext.create(), recording());
		consumer.failed(new IOException("request body not sent"));
		assertThat(this.delivered).containsExactly("completed: hits");
		assertThat(answering.failure).hasMessage("request body not sent");
	}

	private SimpleRequestProducer get() {
		return SimpleRequestProducer.create(SimpleRequestBuilder.get(this.server.url() + "/").build());
	}

	private FutureCallback<String> recording() {
		return new FutureCallback<>() {

			@Override
			public void completed(String result) {
				ResultAfterReleaseConsumerTests.this.delivered.add("completed: " + result);
			}

			@Override
			public void failed(Exception cause) {
				ResultAfterReleaseConsumerTests.this.delivered.add("failed: " + cause.getMessage());
			}

			@Override
			public void cancelled() {
				ResultAfterReleaseConsumerTests.this.delivered.add("cancelled");
			}

		};
	}

	/**
	 * Hands the answer on; a failure or cancellation fails the given future.
	 */
	private record Completion<T>(CompletableFuture<?> outcome, Consumer<T> onAnswer) implements FutureCallback<T> {

		@Override
		public void completed(T result) {
			this.onAnswer.accept(result);
		}

		@Override
		public void failed(Exception cause) {
			this.outcome.completeExceptionally(cause);
		}

		@Override
		public void cancelled() {
			this.outcome.cancel(false);
		}

	}

	/**
	 * A consumer that answers as soon as the response starts, or later when told.
	 */
	private static final class Answering implements AsyncResponseConsumer<String> {

		private final @Nullable String immediate;

		private @Nullable FutureCallback<String> callback;

		private @Nullable Exception failure;

		Answering(@Nullable String immediate) {
			this.immediate = immediate;
		}

		@Override
		public void consumeResponse(HttpResponse response, @Nullable EntityDetails entityDetails,
				@Nullable HttpContext context, FutureCallback<String> resultCallback) {
			this.callback = resultCallback;
			if (this.immediate != null) {
				resultCallback.completed(this.immediate);
			}
		}

		void answer(String result) {
			this.callback.completed(result);
		}

		void fail(Exception cause) {
			this.callback.failed(cause);
		}

		@Override
		public void informationResponse(HttpResponse response, HttpContext context) {
		}

		@Override
		public void failed(Exception cause) {
			this.failure = cause;
		}

		@Override
		public void updateCapacity(CapacityChannel capacityChannel) {
		}

		@Override
		public void consume(ByteBuffer src) {
		}

		@Override
		public void streamEnd(@Nullable List<? extends Header> trailers) {
		}

		@Override
		public void releaseResources() {
		}

	}

}
