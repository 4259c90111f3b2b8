package io.github.elasticstarter.scan;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import co.elastic.clients.elasticsearch.core.search.Hit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The read-ahead bound of a scan and its progress line, on a source whose pages the test hands
 * out one by one.
 */
class DocumentScanTests {

	private final HeldSource source = new HeldSource();

	private final DocumentScan<String> scan = new DocumentScan<>("cities",
			new ScanOptions().slices(4).maxBufferedPages(3).pageSize(1), this.source, ScanMeters.NONE, (closed) -> {
			});

	private final ScheduledExecutorService worker = Executors.newSingleThreadScheduledExecutor();

	@AfterEach
	void stopWorker() {
		this.worker.shutdownNow();
	}

	@Test
	void lineTellsDocumentsOfTheTotalAndTheRate() {
		assertThat(new ScanProgressLog(this.scan).line(12_000, 20_000, TimeUnit.SECONDS.toNanos(2)))
			.isEqualTo("Scan 'cities': 12,000 documents of 20,000 (60.0%), 6,000 docs/s");
	}

	@Test
	void lineWithoutTheTotalYetTellsDocumentsAndRate() {
		assertThat(new ScanProgressLog(this.scan).line(500, -1, TimeUnit.SECONDS.toNanos(1)))
			.isEqualTo("Scan 'cities': 500 documents, 500 docs/s");
	}

	@Test
	void readersStopAtTheBoundUntilTheConsumerTakesAPage() {
		this.scan.start(this.worker);
		assertThat(this.source.requests).hasSize(3);
		this.source.answer(0);
		this.source.answer(1);
		assertThat(this.source.requests).as("pages buffered count against the bound").hasSize(3);
		assertThat(this.scan.nextPage().hits()).hasSize(1);
		assertThat(this.source.requests).as("taking a page frees a place").hasSize(4);
		assertThat(this.scan.bufferedPages()).isOne();
		this.scan.close();
		assertThat(this.source.released).isTrue();
	}

	/**
	 * Pages of one document each, answered when the test says so.
	 */
	private static final class HeldSource implements PageSource<String> {

		private final List<CompletableFuture<Fetched<String>>> requests = new ArrayList<>();

		private final List<ScanCheckpoint> positions = new ArrayList<>();

		private volatile boolean released;

		@Override
		public synchronized CompletableFuture<Fetched<String>> fetch(ScanCheckpoint after, boolean first) {
			CompletableFuture<Fetched<String>> request = new CompletableFuture<>();
			this.requests.add(request);
			this.positions.add(after);
			return request;
		}

		void answer(int request) {
			ScanCheckpoint after = this.positions.get(request);
			Hit<String> hit = Hit.of((h) -> h.index("cities").id(Integer.toString(request)).source("city"));
			ScanCheckpoint checkpoint = new ScanCheckpoint("pit", after.slice(), after.slices(), List.of(), false);
			this.requests.get(request).complete(new Fetched<>(new ScanPage<>(List.of(hit), checkpoint), 10));
		}

		@Override
		public CompletableFuture<?> release() {
			this.released = true;
			return CompletableFuture.completedFuture(null);
		}

	}

}
