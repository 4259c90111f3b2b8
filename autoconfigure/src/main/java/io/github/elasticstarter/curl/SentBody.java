package io.github.elasticstarter.curl;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.GZIPInputStream;

import org.jspecify.annotations.Nullable;

/**
 * The first bytes of a request body as they went on the wire, and how many went in all.
 * @param wire the first bytes sent, at most the capture limit
 * @param total the number of bytes sent
 * @param contentEncoding the body's content encoding, {@code gzip} when the client compressed it
 */
record SentBody(byte[] wire, long total, @Nullable String contentEncoding) {

	boolean compressed() {
		return "gzip".equalsIgnoreCase(this.contentEncoding);
	}

	/**
	 * The body as the application wrote it (uncompressed), cut at the limit.
	 * @param limit the most bytes to show
	 * @return the text to show and whether it is the whole body
	 */
	Shown show(int limit) {
		byte[] plain = this.wire;
		boolean wireComplete = this.total == this.wire.length;
		boolean complete = wireComplete;
		if (compressed()) {
			plain = gunzip(this.wire, limit + 1);
			complete = wireComplete && plain.length <= limit;
		}
		if (plain.length > limit) {
			plain = Arrays.copyOf(plain, limit);
			complete = false;
		}
		if (!complete) {
			return new Shown(new String(plain, StandardCharsets.UTF_8), false, true, plain.length);
		}
		try {
			String text = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(plain))
				.toString();
			return new Shown(text, true, true, plain.length);
		}
		catch (CharacterCodingException ex) {
			return new Shown("", true, false, plain.length);
		}
	}

	/**
	 * Up to {@code limit} bytes of the uncompressed body; fewer when the compressed bytes were
	 * cut before that.
	 */
	private static byte[] gunzip(byte[] compressed, int limit) {
		byte[] plain = new byte[limit];
		int length = 0;
		try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(compressed))) {
			int read;
			while (length < limit && (read = in.read(plain, length, limit - length)) > 0) {
				length += read;
			}
		}
		catch (IOException ex) {
			// the compressed bytes were cut: keep what they gave
		}
		return Arrays.copyOf(plain, length);
	}

	/**
	 * What the log shows of the body.
	 * @param text the body, or its first bytes
	 * @param complete whether the text is the whole body
	 * @param utf8 whether the body is UTF-8 text that a shell word can carry
	 * @param length the number of bytes shown
	 */
	record Shown(String text, boolean complete, boolean utf8, int length) {
	}

}
