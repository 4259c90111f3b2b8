package io.github.elasticstarter.sample;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import co.elastic.clients.elasticsearch._helpers.bulk.BulkListener;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * Counts what the bulk ingester stored and what it could not, and logs progress. A failed
 * document is counted and its reason kept (the first few), never dropped silently. Called
 * from the ingester's threads, so the counters are atomic.
 */
class IngestProgress implements BulkListener<String> {

	private static final Log logger = LogFactory.getLog(IngestProgress.class);

	private static final int REPORT_EVERY = 20_000;

	private static final int FAILURES_KEPT = 10;

	private final long total;

	private final long startNanos = System.nanoTime();

	private final AtomicLong succeeded = new AtomicLong();

	private final AtomicLong failed = new AtomicLong();

	private final AtomicLong nextReport = new AtomicLong(REPORT_EVERY);

	private final List<String> failures = Collections.synchronizedList(new ArrayList<>());

	IngestProgress(long total) {
		this.total = total;
	}

	@Override
	public void beforeBulk(long executionId, BulkRequest request, List<String> ids) {
	}

	@Override
	public void afterBulk(long executionId, BulkRequest request, List<String> ids, BulkResponse response) {
		for (BulkResponseItem item : response.items()) {
			if (item.error() == null) {
				this.succeeded.incrementAndGet();
			}
			else {
				fail(item.id() + ": " + item.error().type() + ": " + item.error().reason());
			}
		}
		reportProgress();
	}

	@Override
	public void afterBulk(long executionId, BulkRequest request, List<String> ids, Throwable failure) {
		// The whole request failed (after the client's retries): every document in it is lost.
		for (String id : ids) {
			fail(id + ": " + failure);
		}
		reportProgress();
	}

	private void fail(String reason) {
		this.failed.incrementAndGet();
		if (this.failures.size() < FAILURES_KEPT) {
			this.failures.add(reason);
		}
	}

	private void reportProgress() {
		long done = this.succeeded.get() + this.failed.get();
		long next = this.nextReport.get();
		if (done >= next && this.nextReport.compareAndSet(next, (done / REPORT_EVERY + 1) * REPORT_EVERY)) {
			logger.info(String.format("Loaded %,d / %,d cities (%,.0f docs/s)", done, this.total,
					done / elapsedSeconds()));
		}
	}

	private double elapsedSeconds() {
		return Math.max((System.nanoTime() - this.startNanos) / 1e9, 1e-3);
	}

	/** @return the outcome so far; call it after the ingester is closed for the final one */
	LoadSummary summary() {
		long done = this.succeeded.get() + this.failed.get();
		double seconds = elapsedSeconds();
		return new LoadSummary(this.total, this.succeeded.get(), this.failed.get(), seconds, done / seconds,
				List.copyOf(this.failures));
	}

}
