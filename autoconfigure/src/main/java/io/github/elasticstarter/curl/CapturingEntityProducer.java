package io.github.elasticstarter.curl;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.List;

import io.github.elasticstarter.http.ForwardingEntityProducer;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.nio.AsyncEntityProducer;
import org.apache.hc.core5.http.nio.DataStreamChannel;
import org.jspecify.annotations.Nullable;

/**
 * Passes the request body on unchanged and keeps a copy of its first bytes, as they are sent,
 * up to a limit, counting the rest. When the body is sent again (a retry below this producer
 * in the chain releases it first), the copy starts over.
 */
final class CapturingEntityProducer extends ForwardingEntityProducer {

	private final int limit;

	private final ByteArrayOutputStream captured = new ByteArrayOutputStream();

	private long total;

	private boolean startOver;

	CapturingEntityProducer(AsyncEntityProducer delegate, int limit) {
		super(delegate);
		this.limit = limit;
	}

	/**
	 * The body as sent so far.
	 */
	synchronized SentBody sent() {
		return new SentBody(this.captured.toByteArray(), this.total, body().getContentEncoding());
	}

	/** Keep what fits of the {@code count} bytes just written from {@code source}, a copy of the buffer. */
	private synchronized void wrote(ByteBuffer source, int count) {
		if (this.startOver) {
			this.captured.reset();
			this.total = 0;
			this.startOver = false;
		}
		int kept = (int) Math.min(count, Math.max(0, this.limit - this.captured.size()));
		byte[] chunk = new byte[kept];
		source.get(chunk);
		this.captured.writeBytes(chunk);
		this.total += count;
	}

	@Override
	public void produce(DataStreamChannel channel) throws IOException {
		body().produce(new DataStreamChannel() {

			@Override
			public int write(ByteBuffer source) throws IOException {
				ByteBuffer before = source.duplicate();
				int count = channel.write(source);
				if (count > 0) {
					wrote(before, count);
				}
				return count;
			}

			@Override
			public void requestOutput() {
				channel.requestOutput();
			}

			@Override
			public void endStream(@Nullable List<? extends Header> trailers) throws IOException {
				channel.endStream(trailers);
			}

			@Override
			public void endStream() throws IOException {
				channel.endStream();
			}

		});
	}

	@Override
	public synchronized void releaseResources() {
		this.startOver = true;
		super.releaseResources();
	}

}
