package io.github.elasticstarter.integration;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import io.github.elasticstarter.autoconfigure.scan.ElasticScanAutoConfiguration;
import io.github.elasticstarter.integration.ScanTestData.City;
import io.github.elasticstarter.localnode.LocalElasticsearch;
import io.github.elasticstarter.scan.DocumentScan;
import io.github.elasticstarter.scan.ElasticScan;
import io.github.elasticstarter.scan.PointInTimeExpiredException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import org.springframework.boot.autoconfigure.AutoConfigurations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A point in time that really expires: a node of its own reaps expired search contexts every
 * second (instead of every minute), and a consumer outlasts the scan's keep-alive.
 */
@Timeout(300)
class ScanKeepAliveRealNodeTests {

	private static final int DOCUMENTS = 3000;

	private static LocalElasticsearch node;

	@BeforeAll
	static void startNode() {
		node = LocalElasticsearch.builder()
			.setting("search.keep_alive_interval", "1s")
			.startupTimeout(ContinuousAuthentication.NODE_STARTUP)
			.start();
	}

	@AfterAll
	static void stopNode() {
		if (node != null) {
			node.stop();
		}
	}

	@Test
	void consumerSlowerThanTheKeepAliveGetsTheCheckpointAndResumesWithoutGapOrDuplicate() {
		String index = RealNode.uniqueIndex("scan-expiring");
		NodeHttpStats stats = new NodeHttpStats(node);
		RealNode.runner()
			.withConfiguration(AutoConfigurations.of(ElasticScanAutoConfiguration.class))
			.withPropertyValues("elastic.hosts=" + node.baseUri(), "elastic.username=" + node.superuserName(),
					"elastic.password=" + node.superuserPassword())
			.run((context) -> {
				ElasticsearchClient client = context.getBean(ElasticsearchClient.class);
				ScanTestData.load(client, index, DOCUMENTS);
				// documents keep their places between the expired point in time and the new one
				client.indices().forcemerge((merge) -> merge.index(index).maxNumSegments(1L));
				ElasticScan elasticScan = context.getBean(ElasticScan.class);
				List<String> before = new ArrayList<>();
				PointInTimeExpiredException expired;
				try (DocumentScan<City> scan = elasticScan.open(index, null, City.class,
						(options) -> options.pageSize(500).maxBufferedPages(1).keepAlive(Duration.ofSeconds(1)))) {
					scan.nextPage().hits().forEach((hit) -> before.add(hit.id()));
					// the consumer dawdles: the node reaps the point in time once its keep-alive is over
					await().atMost(Duration.ofSeconds(30)).until(() -> stats.openSearchContexts() == 0);
					expired = ScanTestData.readUntilExpired(scan, before);
				}
				assertThat(before).hasSizeLessThan(DOCUMENTS);
				assertThat(expired.checkpoints()).singleElement()
					.satisfies((checkpoint) -> assertThat(checkpoint.searchAfter()).isNotEmpty());
				List<String> after = new ArrayList<>();
				try (DocumentScan<City> resumed = elasticScan.open(index, null, City.class,
						(options) -> options.pageSize(500).resumeFrom(expired.checkpoints()))) {
					resumed.hits().forEach((hit) -> after.add(hit.id()));
				}
				assertThat(before.size() + after.size()).isEqualTo(DOCUMENTS);
				assertThat(after).doesNotContainAnyElementsOf(before).doesNotHaveDuplicates();
				assertThat(stats.openSearchContexts()).isZero();
			});
	}

}
