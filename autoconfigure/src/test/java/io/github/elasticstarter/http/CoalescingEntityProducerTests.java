package io.github.elasticstarter.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.nio.AsyncEntityProducer;
import org.apache.hc.core5.http.nio.DataStreamChannel;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link CoalescingEntityProducer} sends what a body writes line by line in few large writes,
 * the same bytes in the same order, also when the connection takes only part of a write.
 */
class CoalescingEntityProducerTests {

	private static final int LINES = 1000;

	@Test
	void manySmallWritesGoOutAsFewLargeOnes() throws IOException {
		RecordingChannel channel = new RecordingChannel(Integer.MAX_VALUE);
		produceAll(new CoalescingEntityProducer(new LineByLineBody(LINES), 4096), channel);
		assertThat(channel.bytes()).isEqualTo(LineByLineBody.expected(LINES));
		assertThat(channel.writes).hasSizeLessThanOrEqualTo(LineByLineBody.expected(LINES).length / 4096 + 1);
		assertThat(channel.ended).isOne();
	}

	@Test
	void theBufferGrowsToTheLargestWriteForALargeBody() throws IOException {
		RecordingChannel channel = new RecordingChannel(Integer.MAX_VALUE);
		byte[] expected = LineByLineBody.expected(10 * LINES);
		produceAll(new CoalescingEntityProducer(new LineByLineBody(10 * LINES), 65536), channel);
		assertThat(channel.bytes()).isEqualTo(expected);
		assertThat(channel.writes).hasSizeLessThanOrEqualTo(expected.length / 65536 + 1);
	}

	@Test
	void aConnectionThatTakesPartOfAWriteGetsTheRestLater() throws IOException {
		RecordingChannel channel = new RecordingChannel(1000);
		produceAll(new CoalescingEntityProducer(new LineByLineBody(LINES), 4096), channel);
		assertThat(channel.bytes()).isEqualTo(LineByLineBody.expected(LINES));
		assertThat(channel.ended).isOne();
	}

	@Test
	void afterReleaseTheBodyIsProducedAgainFromTheStart() throws IOException {
		CoalescingEntityProducer producer = new CoalescingEntityProducer(new LineByLineBody(LINES), 4096);
		RecordingChannel first = new RecordingChannel(3000);
		producer.produce(first);
		producer.releaseResources();
		RecordingChannel second = new RecordingChannel(Integer.MAX_VALUE);
		produceAll(producer, second);
		assertThat(second.bytes()).isEqualTo(LineByLineBody.expected(LINES));
	}

	@Test
	void anEmptyBodyEndsTheStream() throws IOException {
		RecordingChannel channel = new RecordingChannel(Integer.MAX_VALUE);
		produceAll(new CoalescingEntityProducer(new LineByLineBody(0), 4096), channel);
		assertThat(channel.writes).isEmpty();
		assertThat(channel.ended).isOne();
	}

	private static void produceAll(AsyncEntityProducer producer, RecordingChannel channel) throws IOException {
		for (int calls = 0; channel.ended == 0; calls++) {
			assertThat(calls).as("produce calls").isLessThan(100_000);
			producer.produce(channel);
		}
	}

	/**
	 * A connection that takes at most a given number of bytes per write.
	 */
	private static final class RecordingChannel implements DataStreamChannel {

		private final int maxPerWrite;

		private final List<byte[]> writes = new ArrayList<>();

		private int ended;

		RecordingChannel(int maxPerWrite) {
			this.maxPerWrite = maxPerWrite;
		}

		@Override
		public int write(ByteBuffer source) {
			int taken = Math.min(source.remaining(), this.maxPerWrite);
			byte[] bytes = new byte[taken];
			source.get(bytes);
			if (taken > 0) {
				this.writes.add(bytes);
			}
			return taken;
		}

		@Override
		public void requestOutput() {
		}

		@Override
		public void endStream(List<? extends Header> trailers) {
			this.ended++;
		}

		@Override
		public void endStream() {
			this.ended++;
		}

		byte[] bytes() {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			this.writes.forEach(out::writeBytes);
			return out.toByteArray();
		}

	}

	/**
	 * A body written one short line per call, as the client's transport writes bulk bodies.
	 */
	private static final class LineByLineBody implements AsyncEntityProducer {

		private final int lines;

		private int line;

		private ByteBuffer current;

		LineByLineBody(int lines) {
			this.lines = lines;
		}

		static byte[] expected(int lines) {
			StringBuilder text = new StringBuilder();
			for (int i = 0; i < lines; i++) {
				text.append(line(i));
			}
			return text.toString().getBytes(StandardCharsets.UTF_8);
		}

		private static String line(int i) {
			return "{\"index\":{\"_id\":\"" + i + "\"}}\n";
		}

		@Override
		public void produce(DataStreamChannel channel) throws IOException {
			if (this.current == null || !this.current.hasRemaining()) {
				if (this.line == this.lines) {
					channel.endStream();
					return;
				}
				this.current = ByteBuffer.wrap(line(this.line++).getBytes(StandardCharsets.UTF_8));
			}
			channel.write(this.current);
		}

		@Override
		public int available() {
			return Integer.MAX_VALUE;
		}

		@Override
		public void releaseResources() {
			this.line = 0;
			this.current = null;
		}

		@Override
		public boolean isRepeatable() {
			return true;
		}

		@Override
		public void failed(Exception cause) {
		}

		@Override
		public long getContentLength() {
			return -1;
		}

		@Override
		public String getContentType() {
			return "application/x-ndjson";
		}

		@Override
		public String getContentEncoding() {
			return null;
		}

		@Override
		public boolean isChunked() {
			return true;
		}

		@Override
		public Set<String> getTrailerNames() {
			return Set.of();
		}

	}

}
