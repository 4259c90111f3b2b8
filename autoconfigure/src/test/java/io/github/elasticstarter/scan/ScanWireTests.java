package io.github.elasticstarter.scan;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import io.github.elasticstarter.autoconfigure.ElasticAutoConfiguration;
import io.github.elasticstarter.autoconfigure.scan.ElasticScanAutoConfiguration;
import io.github.elasticstarter.testsupport.RecordingServer;
import io.github.elasticstarter.testsupport.RecordingServer.RecordedRequest;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Scans through the auto-configured client against a recording server: the requests of a point
 * in time scan, and the scroll fallback with its scrolls cleared on every exit.
 */
@Timeout(60)
class ScanWireTests {

	private static final String OPENED = """
			{"id":"pit-1","_shards":{"total":1,"successful":1,"skipped":0,"failed":0}}""";

	private static final String PAGE_OF_TWO = page(null, "\"pit_id\":\"pit-2\",", 5, "a", 1, "b", 2);

	private static final String LAST_PAGE = page(null, "\"pit_id\":\"pit-2\",", 5, "c", 3);

	private static final String CLOSED = "{\"succeeded\":true,\"num_freed\":1}";

	private static final String CONTEXT_MISSING = """
			{"error":{"root_cause":[{"type":"search_context_missing_exception","reason":"No search context found"}],\
			"type":"search_phase_execution_exception","reason":"all shards failed"},"status":404}""";

	private static final String REFUSED = """
			{"error":{"type":"security_exception","reason":"action [indices:data/read/open_point_in_time] is \
			unauthorized"},"status":403}""";

	@RegisterExtension
	final RecordingServer server = RecordingServer.forEachTest();

	private final MeterRegistry registry = new SimpleMeterRegistry();

	@Test
	void pagesFollowThePointInTimeSortedByShardDocAndTheScanClosesIt() {
		this.server.enqueue(200, OPENED).enqueue(200, PAGE_OF_TWO).enqueue(200, LAST_PAGE)
			.enqueue(200, CLOSED);
		scan((scan) -> {
			assertThat(scan.documents().map((document) -> document.get("id"))).containsExactly("a", "b", "c");
			assertThat(scan.total()).isEqualTo(5);
		});
		List<RecordedRequest> requests = this.server.requests();
		assertThat(requests).extracting(RecordedRequest::method, RecordedRequest::path)
			.containsExactly(tuple("POST", "/cities/_pit"), tuple("POST", "/_search"), tuple("POST", "/_search"),
					tuple("DELETE", "/_pit"));
		assertThat(requests.get(0).query()).contains("keep_alive=60s");
		assertThat(requests.get(1).bodyAsString()).contains("\"pit\":{\"id\":\"pit-1\",\"keep_alive\":\"60s\"}")
			.contains("\"sort\":[{\"_shard_doc\":{}}]")
			.contains("\"track_total_hits\":true")
			.contains("\"size\":2")
			.doesNotContain("search_after");
		assertThat(requests.get(2).bodyAsString()).contains("\"pit\":{\"id\":\"pit-2\",\"keep_alive\":\"60s\"}")
			.contains("\"search_after\":[2]")
			.contains("\"track_total_hits\":false");
		assertThat(requests.get(3).bodyAsString()).isEqualTo("{\"id\":\"pit-2\"}");
		assertThat(this.registry.get("elastic.scan.documents").tag("scan", "cities").counter().count()).isEqualTo(3);
		assertThat(this.registry.get("elastic.scan.pages").tag("client", "default").counter().count()).isEqualTo(2);
		assertThat(this.registry.get("elastic.scan.open").gauge().value()).isZero();
	}

	@Test
	void scanNamedInItsOptionsIsTaggedWithTheName() {
		this.server.enqueue(200, OPENED).enqueue(200, LAST_PAGE).enqueue(200, CLOSED);
		inContext((context) -> {
			try (DocumentScan<Map> scan = context.getBean(ElasticScan.class)
				.open("cities-2026.12.02", null, Map.class, (options) -> options.name("daily-cities"))) {
				assertThat(scan.name()).isEqualTo("daily-cities");
				assertThat(scan.documents()).hasSize(1);
			}
		});
		assertThat(this.registry.get("elastic.scan.documents").tag("scan", "daily-cities").counter().count()).isOne();
	}

	@Test
	void expiredPointInTimeFailsWithTheCheckpointAfterTheLastPageTaken() {
		this.server.enqueue(200, OPENED).enqueue(200, PAGE_OF_TWO).enqueue(404, CONTEXT_MISSING);
		scan((scan) -> {
			assertThat(scan.nextPage().documents()).hasSize(2);
			assertThatExceptionOfType(PointInTimeExpiredException.class).isThrownBy(scan::nextPage)
				.satisfies((ex) -> assertThat(ex.checkpoints()).singleElement().satisfies((checkpoint) -> {
					assertThat(checkpoint.pointInTimeId()).isEqualTo("pit-2");
					assertThat(checkpoint.searchAfter()).extracting((value) -> value.longValue()).containsExactly(2L);
					assertThat(checkpoint.complete()).isFalse();
				}));
		});
		assertThat(this.server.requests()).last().extracting(RecordedRequest::method).isEqualTo("DELETE");
		assertThat(this.registry.get("elastic.scan.open").gauge().value()).isZero();
	}

	@Test
	void refusedPointInTimeFallsBackToScrollAndClearsItAtTheEnd() {
		this.server.enqueue(403, REFUSED)
			.enqueue(200, page("s1", "", 3, "a", null, "b", null))
			.enqueue(200, page("s2", "", 3, "c", null))
			.enqueue(200, CLOSED);
		scan((scan) -> assertThat(scan.documents()).hasSize(3));
		List<RecordedRequest> requests = this.server.requests();
		assertThat(requests).extracting(RecordedRequest::method, RecordedRequest::path)
			.containsExactly(tuple("POST", "/cities/_pit"), tuple("POST", "/cities/_search"),
					tuple("POST", "/_search/scroll"), tuple("DELETE", "/_search/scroll"));
		assertThat(requests.get(1).query()).contains("scroll=60s");
		assertThat(requests.get(1).bodyAsString()).contains("\"sort\":[{\"_doc\":{}}]");
		assertThat(requests.get(2).bodyAsString()).contains("\"scroll_id\":\"s1\"");
		assertThat(requests.get(3).bodyAsString()).contains("\"s2\"");
	}

	@Test
	void scrollIsClearedWhenTheConsumerThrows() {
		this.server.enqueue(403, REFUSED).enqueue(200, page("s1", "", 9, "a", null, "b", null));
		scan((scan) -> assertThatExceptionOfType(IllegalStateException.class).isThrownBy(() -> scan.documents()
			.forEach((document) -> {
				throw new IllegalStateException("consumer failed");
			})));
		assertThat(this.server.requests()).filteredOn((request) -> request.path().equals("/_search/scroll")
				&& request.method().equals("DELETE"))
			.singleElement()
			.satisfies((clear) -> assertThat(clear.bodyAsString()).contains("\"s1\""));
	}

	@Test
	void missingIndexIsNotAReasonToScroll() {
		this.server.enqueue(404, """
				{"error":{"type":"index_not_found_exception","reason":"no such index [cities]"},"status":404}""");
		inContext((context) -> assertThatExceptionOfType(ScanException.class)
			.isThrownBy(() -> context.getBean(ElasticScan.class).open("cities", null, Map.class))
			.withMessageContaining("no such index"));
		assertThat(this.server.requests()).hasSize(1);
	}

	@Test
	void withoutScrollFallbackARefusedPointInTimeFailsTheScan() {
		this.server.enqueue(403, REFUSED);
		inContext((context) -> assertThatExceptionOfType(ScanException.class)
			.isThrownBy(() -> context.getBean(ElasticScan.class).open("cities", null, Map.class,
					(options) -> options.scrollFallback(false)))
			.withMessageContaining("unauthorized"));
		assertThat(this.server.requests()).hasSize(1);
	}

	private void scan(Consumer<DocumentScan<Map>> test) {
		inContext((context) -> {
			try (DocumentScan<Map> scan = context.getBean(ElasticScan.class).open("cities", null, Map.class,
					(options) -> options.pageSize(2))) {
				test.accept(scan);
			}
		});
	}

	private void inContext(Consumer<AssertableApplicationContext> test) {
		new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(JacksonAutoConfiguration.class, ElasticAutoConfiguration.class,
					ElasticScanAutoConfiguration.class))
			.withBean(MeterRegistry.class, () -> this.registry)
			.withPropertyValues("elastic.hosts=" + this.server.url())
			.run((context) -> {
				assertThat(context).hasNotFailed();
				test.accept(context);
			});
	}

	private static org.assertj.core.groups.Tuple tuple(Object... values) {
		return org.assertj.core.groups.Tuple.tuple(values);
	}

	/**
	 * A search response with documents {"id": id}, their sort values when given.
	 */
	private static String page(String scrollId, String pitId, int total, Object... idsAndSorts) {
		StringBuilder hits = new StringBuilder();
		for (int i = 0; i < idsAndSorts.length; i += 2) {
			hits.append((i > 0) ? "," : "")
				.append("{\"_index\":\"cities\",\"_id\":\"")
				.append(idsAndSorts[i])
				.append("\",\"_source\":{\"id\":\"")
				.append(idsAndSorts[i])
				.append("\"}");
			if (idsAndSorts[i + 1] != null) {
				hits.append(",\"sort\":[").append(idsAndSorts[i + 1]).append("]");
			}
			hits.append("}");
		}
		return "{" + ((scrollId != null) ? "\"_scroll_id\":\"" + scrollId + "\"," : "") + pitId
				+ "\"took\":1,\"timed_out\":false,\"_shards\":{\"total\":1,\"successful\":1,\"skipped\":0,\"failed\":0},"
				+ "\"hits\":{\"total\":{\"value\":" + total + ",\"relation\":\"eq\"},\"hits\":[" + hits + "]}}";
	}

}
