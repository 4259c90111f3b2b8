package io.github.elasticstarter.integration;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.util.BinaryData;
import io.github.elasticstarter.autoconfigure.scan.ElasticScanAutoConfiguration;
import io.github.elasticstarter.integration.ScanTestData.City;
import io.github.elasticstarter.localnode.LocalElasticsearch;
import io.github.elasticstarter.scan.DocumentScan;
import io.github.elasticstarter.scan.ElasticScan;
import io.github.elasticstarter.scan.PointInTimeExpiredException;
import io.github.elasticstarter.scan.ScanCheckpoint;
import io.github.elasticstarter.scan.ScanException;
import io.github.elasticstarter.scan.ScanOptions;
import io.github.elasticstarter.scan.ScanPage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

/**
 * Scans on the real node: every document once, the same with slices, points in time closed on
 * every exit, the read-ahead bounded, and resuming from checkpoints without gap or duplicate.
 */
@Timeout(240)
class ScanRealNodeTests {

	private static final int DOCUMENTS = 20_000;

	/** Loaded once and force-merged, so that its documents keep their places between points in time. */
	private static final String CITIES = RealNode.uniqueIndex("scan-cities");

	private final NodeHttpStats stats = new NodeHttpStats(LocalElasticsearch.http());

	@BeforeAll
	static void loadCities() {
		RealNode.http().run((context) -> {
			ElasticsearchClient client = context.getBean(ElasticsearchClient.class);
			ScanTestData.load(client, CITIES, DOCUMENTS);
			client.indices().forcemerge((merge) -> merge.index(CITIES).maxNumSegments(1L));
		});
	}

	@Test
	void everyDocumentOnceWhileAnotherThreadUpdatesThem() throws Exception {
		String index = RealNode.uniqueIndex("scan-updated");
		scans((context, elasticScan) -> {
			ElasticsearchClient client = context.getBean(ElasticsearchClient.class);
			ScanTestData.load(client, index, DOCUMENTS);
			AtomicLong updates = new AtomicLong();
			AtomicBoolean scanning = new AtomicBoolean(true);
			Thread updater = new Thread(() -> updateUntil(client, index, scanning, updates), "updater");
			updater.start();
			List<String> ids = new ArrayList<>();
			long total;
			try (DocumentScan<City> scan = elasticScan.open(index, null, City.class,
					(options) -> options.pageSize(500))) {
				long updatesAtStart = updates.get();
				ScanPage<City> page = scan.nextPage();
				// the node applies updates while the point in time is read
				await().atMost(Duration.ofSeconds(60)).until(() -> updates.get() > updatesAtStart + 1000);
				while (page != null) {
					page.hits().forEach((hit) -> ids.add(hit.id()));
					page = scan.nextPage();
				}
				total = scan.total();
			}
			finally {
				scanning.set(false);
				updater.join(60_000);
			}
			assertThat(updates.get()).isGreaterThan(1000);
			assertThat(total).isEqualTo(DOCUMENTS);
			assertThat(ids).hasSize(DOCUMENTS).doesNotHaveDuplicates();
		});
	}

	@Test
	void fourSlicesReturnTheSameIdsAsOne() {
		scans((context, elasticScan) -> {
			List<String> oneSlice = ids(elasticScan, (options) -> options.slices(1));
			List<String> fourSlices = ids(elasticScan, (options) -> options.slices(4));
			assertThat(oneSlice).hasSize(DOCUMENTS).doesNotHaveDuplicates();
			assertThat(fourSlices).hasSize(DOCUMENTS).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(oneSlice);
		});
	}

	@Test
	void rawJsonBytesPassThrough() {
		scans((context, elasticScan) -> {
			try (DocumentScan<BinaryData> scan = elasticScan.open(CITIES, null, BinaryData.class)) {
				Hit<BinaryData> hit = scan.hits().findFirst().orElseThrow();
				JsonNode document = JsonMapper.shared().readTree(hit.source().asInputStream());
				assertThat(document.get("name").asText()).isEqualTo("city " + hit.id().substring("city-".length()));
				assertThat(hit.source().contentType()).contains("json");
			}
		});
	}

	@Test
	void pointInTimeIsClosedAfterTheLastPage() throws Exception {
		assertNoOpenContextsAfter((elasticScan) -> {
			try (DocumentScan<City> scan = elasticScan.open(CITIES, null, City.class)) {
				assertThat(scan.nextPage()).isNotNull();
				assertOpenContexts();
				assertThat(scan.documents().count()).isEqualTo(DOCUMENTS - 1000);
			}
		});
	}

	@Test
	void pointInTimeIsClosedWhenTheConsumerStopsEarly() throws Exception {
		assertNoOpenContextsAfter((elasticScan) -> {
			try (var cities = elasticScan.documents(CITIES, null, City.class)) {
				assertThat(cities.limit(10).toList()).hasSize(10);
				assertOpenContexts();
			}
		});
	}

	@Test
	void pointInTimeIsClosedWhenTheConsumerThrows() throws Exception {
		assertNoOpenContextsAfter((elasticScan) -> assertThatExceptionOfType(IllegalStateException.class)
			.isThrownBy(() -> {
				try (DocumentScan<City> scan = elasticScan.open(CITIES, null, City.class,
						(options) -> options.slices(4))) {
					scan.documents().skip(5000).forEach((city) -> {
						assertOpenContexts();
						throw new IllegalStateException("the consumer failed");
					});
				}
			}));
	}

	@Test
	void pointInTimeIsClosedWhenTheContextClosesMidScan() throws Exception {
		long before = this.stats.openSearchContexts();
		DocumentScan<?>[] open = new DocumentScan<?>[1];
		scans((context, elasticScan) -> {
			open[0] = elasticScan.open(CITIES, null, City.class, (options) -> options.slices(2));
			assertThat(open[0].nextPage()).isNotNull();
			assertOpenContexts();
		});
		assertThat(this.stats.openSearchContexts()).isEqualTo(before).isZero();
		assertThatExceptionOfType(ScanException.class).isThrownBy(open[0]::nextPage)
			.withMessageContaining("the application context stopped")
			.satisfies((ex) -> assertThat(ex.checkpoints()).hasSize(2));
	}

	@Test
	void slowConsumerHoldsTheReadersAtTheBufferBound() {
		int bound = 3;
		scans((context, elasticScan) -> {
			int mostBuffered = 0;
			int pages = 0;
			int documents = 0;
			try (DocumentScan<City> scan = elasticScan.open(CITIES, null, City.class,
					(options) -> options.slices(4).pageSize(200).maxBufferedPages(bound))) {
				for (ScanPage<City> page = scan.nextPage(); page != null; page = scan.nextPage()) {
					pages++;
					documents += page.hits().size();
					if (pages < 20) {
						// a slow consumer: the readers fill the buffer up to the bound, and stop there
						await().atMost(Duration.ofSeconds(30)).until(() -> scan.bufferedPages() == bound);
					}
					mostBuffered = Math.max(mostBuffered, scan.bufferedPages());
				}
			}
			assertThat(documents).isEqualTo(DOCUMENTS);
			assertThat(pages).isGreaterThanOrEqualTo(DOCUMENTS / 200);
			assertThat(mostBuffered).isEqualTo(bound);
		});
	}

	@Test
	void resumedScanContinuesWithoutGapOrDuplicate() {
		scans((context, elasticScan) -> {
			List<String> first = new ArrayList<>();
			List<ScanCheckpoint> checkpoints;
			try (DocumentScan<City> scan = elasticScan.open(CITIES, null, City.class, (options) -> options.slices(2))) {
				for (int i = 0; i < 7; i++) {
					scan.nextPage().hits().forEach((hit) -> first.add(hit.id()));
				}
				checkpoints = scan.checkpoints();
			}
			List<String> rest = ids(elasticScan, (options) -> options.slices(2).resumeFrom(checkpoints));
			assertThat(first).hasSize(7000);
			assertThat(rest).hasSize(DOCUMENTS - 7000).doesNotContainAnyElementsOf(first).doesNotHaveDuplicates();
		});
	}

	@Test
	void expiredPointInTimeFailsWithTheCheckpointToResumeFrom() {
		scans((context, elasticScan) -> {
			ElasticsearchClient client = context.getBean(ElasticsearchClient.class);
			List<String> before = new ArrayList<>();
			PointInTimeExpiredException expired;
			try (DocumentScan<City> scan = elasticScan.open(CITIES, null, City.class,
					(options) -> options.maxBufferedPages(1))) {
				ScanPage<City> page = scan.nextPage();
				page.hits().forEach((hit) -> before.add(hit.id()));
				// what the node does when the keep-alive runs out between two pages
				client.closePointInTime((close) -> close.id(page.checkpoint().pointInTimeId()));
				expired = ScanTestData.readUntilExpired(scan, before);
			}
			List<String> after = ids(elasticScan, (options) -> options.resumeFrom(expired.checkpoints()));
			assertThat(before.size() + after.size()).isEqualTo(DOCUMENTS);
			assertThat(after).doesNotContainAnyElementsOf(before).doesNotHaveDuplicates();
		});
	}

	private static List<String> ids(ElasticScan elasticScan, Consumer<ScanOptions> options) {
		try (DocumentScan<City> scan = elasticScan.open(CITIES, null, City.class, options)) {
			List<String> ids = scan.hits().map(Hit::id).toList();
			assertThat(scan.total()).isEqualTo(DOCUMENTS);
			return ids;
		}
	}

	private void assertNoOpenContextsAfter(Consumer<ElasticScan> scanning) throws Exception {
		assertThat(this.stats.openSearchContexts()).isZero();
		scans((context, elasticScan) -> scanning.accept(elasticScan));
		assertThat(this.stats.openSearchContexts()).isZero();
	}

	private void assertOpenContexts() {
		try {
			assertThat(this.stats.openSearchContexts()).isPositive();
		}
		catch (IOException | InterruptedException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static void scans(ScanTest test) {
		RealNode.http()
			.withConfiguration(AutoConfigurations.of(ElasticScanAutoConfiguration.class))
			.run((context) -> test.run(context, context.getBean(ElasticScan.class)));
	}

	private static void updateUntil(ElasticsearchClient client, String index, AtomicBoolean scanning,
			AtomicLong updates) {
		int round = 0;
		while (scanning.get()) {
			round++;
			BulkRequest.Builder bulk = new BulkRequest.Builder().index(index).refresh(Refresh.True);
			for (int i = 0; i < 500; i++) {
				String id = "city-" + ((round * 500 + i) % DOCUMENTS);
				int population = -round;
				bulk.operations((operation) -> operation
					.update((update) -> update.id(id).action((action) -> action.doc(new City("updated", population)))));
			}
			try {
				client.bulk(bulk.build());
			}
			catch (IOException ex) {
				throw new IllegalStateException(ex);
			}
			updates.addAndGet(500);
		}
	}

	@FunctionalInterface
	interface ScanTest {

		void run(AssertableApplicationContext context, ElasticScan elasticScan) throws Exception;

	}

}
