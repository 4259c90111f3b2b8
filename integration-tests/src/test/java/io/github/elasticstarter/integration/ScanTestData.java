package io.github.elasticstarter.integration;

import java.io.IOException;
import java.util.List;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import io.github.elasticstarter.scan.DocumentScan;
import io.github.elasticstarter.scan.PointInTimeExpiredException;
import io.github.elasticstarter.scan.ScanPage;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The cities the scan tests read: ids {@code city-<i>}, loaded in bulk requests of 5,000 into an
 * index of two shards.
 */
final class ScanTestData {

	record City(String name, int population) {
	}

	private ScanTestData() {
	}

	static void load(ElasticsearchClient client, String index, int documents) throws IOException {
		client.indices()
			.create((create) -> create.index(index)
				.settings((settings) -> settings.numberOfShards("2").numberOfReplicas("0")));
		for (int from = 0; from < documents; from += 5000) {
			BulkRequest.Builder bulk = new BulkRequest.Builder().index(index);
			for (int i = from; i < Math.min(from + 5000, documents); i++) {
				String id = "city-" + i;
				City city = new City("city " + i, i);
				bulk.operations((operation) -> operation.index((put) -> put.id(id).document(city)));
			}
			assertThat(client.bulk(bulk.build()).errors()).isFalse();
		}
		client.indices().refresh((refresh) -> refresh.index(index));
	}

	/**
	 * Take the pages of a scan, adding their ids, until its point in time turns out expired.
	 */
	static PointInTimeExpiredException readUntilExpired(DocumentScan<City> scan, List<String> ids) {
		try {
			for (ScanPage<City> page = scan.nextPage(); page != null; page = scan.nextPage()) {
				page.hits().forEach((hit) -> ids.add(hit.id()));
			}
		}
		catch (PointInTimeExpiredException ex) {
			return ex;
		}
		throw new AssertionError("The scan read to the end on a point in time that is gone");
	}

}
