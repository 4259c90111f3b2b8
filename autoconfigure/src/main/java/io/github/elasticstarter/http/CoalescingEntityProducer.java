package io.github.elasticstarter.http;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.List;

import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.nio.AsyncEntityProducer;
import org.apache.hc.core5.http.nio.DataStreamChannel;
import org.jspecify.annotations.Nullable;

/**
 * Hands a request body to the connection in pieces of up to a buffer's size. The client's
 * transport produces a body one buffer per NDJSON line or JSON document, and each write becomes
 * its own HTTP chunk and TLS record: for a bulk request of small documents that more than
 * doubles the bytes on the wire. Collecting the writes first sends the same bytes in a few
 * large chunks.
 */
final class CoalescingEntityProducer extends ForwardingEntityProducer {

	private static final int INITIAL_SIZE = 8 * 1024;

	private final int bufferSize;

	private final Collector collector = new Collector();

	/** Bytes taken from the body and not yet written, in write mode. */
	private @Nullable ByteBuffer buffer;

	private boolean bodyEnded;

	private @Nullable List<? extends Header> trailers;

	CoalescingEntityProducer(AsyncEntityProducer body, int bufferSize) {
		super(body);
		this.bufferSize = bufferSize;
	}

	@Override
	public void produce(DataStreamChannel channel) throws IOException {
		this.collector.target = channel;
		while (!this.bodyEnded && withRoom().hasRemaining()) {
			int before = pending().position();
			body().produce(this.collector);
			if (pending().position() == before && !this.bodyEnded) {
				// the body has nothing more for now; it asks for output when it has
				break;
			}
		}
		ByteBuffer pending = pending();
		if (pending.position() > 0) {
			pending.flip();
			channel.write(pending);
			pending.compact();
		}
		if (this.bodyEnded && pending.position() == 0) {
			channel.endStream(this.trailers);
		}
	}

	/**
	 * The buffer, small at first: most request bodies (searches, single documents) are far
	 * smaller than the largest write, and the buffer is allocated per request.
	 */
	private ByteBuffer pending() {
		ByteBuffer pending = this.buffer;
		if (pending == null) {
			pending = ByteBuffer.allocate(Math.min(this.bufferSize, INITIAL_SIZE));
			this.buffer = pending;
		}
		return pending;
	}

	/**
	 * The buffer, doubled (up to the largest write) when it is full.
	 */
	private ByteBuffer withRoom() {
		ByteBuffer pending = pending();
		if (pending.hasRemaining() || pending.capacity() >= this.bufferSize) {
			return pending;
		}
		ByteBuffer larger = ByteBuffer.allocate(Math.min(this.bufferSize, 2 * pending.capacity()));
		larger.put(pending.flip());
		this.buffer = larger;
		return larger;
	}

	@Override
	public int available() {
		ByteBuffer pending = this.buffer;
		long available = (long) body().available() + ((pending != null) ? pending.position() : 0);
		return (int) Math.min(Integer.MAX_VALUE, available);
	}

	@Override
	public void releaseResources() {
		super.releaseResources();
		this.buffer = null;
		this.bodyEnded = false;
		this.trailers = null;
	}

	/**
	 * The channel the body writes to: it fills the buffer and takes no more than fits.
	 */
	private final class Collector implements DataStreamChannel {

		private @Nullable DataStreamChannel target;

		@Override
		public int write(ByteBuffer source) {
			ByteBuffer pending = withRoom();
			int taken = Math.min(source.remaining(), pending.remaining());
			pending.put(pending.position(), source, source.position(), taken);
			pending.position(pending.position() + taken);
			source.position(source.position() + taken);
			return taken;
		}

		@Override
		public void requestOutput() {
			DataStreamChannel channel = this.target;
			if (channel != null) {
				channel.requestOutput();
			}
		}

		@Override
		public void endStream(@Nullable List<? extends Header> trailers) {
			CoalescingEntityProducer.this.bodyEnded = true;
			CoalescingEntityProducer.this.trailers = trailers;
		}

		@Override
		public void endStream() {
			endStream(null);
		}

	}

}
