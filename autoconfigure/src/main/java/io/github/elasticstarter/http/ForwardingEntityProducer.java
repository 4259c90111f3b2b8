package io.github.elasticstarter.http;

import java.io.IOException;
import java.util.Set;

import org.apache.hc.core5.http.nio.AsyncEntityProducer;
import org.apache.hc.core5.http.nio.DataStreamChannel;
import org.jspecify.annotations.Nullable;

/**
 * An {@link AsyncEntityProducer} that passes everything on to the request body it wraps: the
 * starter's execution chain handlers override only how the body is produced.
 */
public abstract class ForwardingEntityProducer implements AsyncEntityProducer {

	private final AsyncEntityProducer body;

	/**
	 * Create a producer passing everything on to the given one.
	 * @param body the request body to wrap
	 */
	protected ForwardingEntityProducer(AsyncEntityProducer body) {
		this.body = body;
	}

	/**
	 * The request body this producer wraps.
	 * @return the wrapped producer
	 */
	protected final AsyncEntityProducer body() {
		return this.body;
	}

	@Override
	public void produce(DataStreamChannel channel) throws IOException {
		this.body.produce(channel);
	}

	@Override
	public int available() {
		return this.body.available();
	}

	@Override
	public void releaseResources() {
		this.body.releaseResources();
	}

	@Override
	public void failed(Exception cause) {
		this.body.failed(cause);
	}

	@Override
	public boolean isRepeatable() {
		return this.body.isRepeatable();
	}

	@Override
	public long getContentLength() {
		return this.body.getContentLength();
	}

	@Override
	public @Nullable String getContentType() {
		return this.body.getContentType();
	}

	@Override
	public @Nullable String getContentEncoding() {
		return this.body.getContentEncoding();
	}

	@Override
	public boolean isChunked() {
		return this.body.isChunked();
	}

	@Override
	public @Nullable Set<String> getTrailerNames() {
		return this.body.getTrailerNames();
	}

}
