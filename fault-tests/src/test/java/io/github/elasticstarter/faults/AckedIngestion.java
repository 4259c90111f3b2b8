package io.github.elasticstarter.faults;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._helpers.bulk.BulkIngester;
import co.elastic.clients.elasticsearch._helpers.bulk.BulkListener;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import io.github.elasticstarter.faults.Cities.City;

/**
 * Loads cities with a {@link BulkIngester} and keeps the books a careful application keeps: the
 * ids Elasticsearch acknowledged (items without error in {@code afterBulk}), the ids whose last
 * attempt failed (an item error, or the whole request failed), and why. Failed ids are sent
 * again in further rounds, so that nothing is lost silently: either it is acknowledged in the
 * end or it is reported by {@link #unacknowledged()}.
 */
final class AckedIngestion implements BulkListener<String> {

	private final Set<String> acknowledged = ConcurrentHashMap.newKeySet();

	private final Set<String> failed = ConcurrentHashMap.newKeySet();

	private final Map<String, AtomicInteger> failureReasons = new ConcurrentHashMap<>();

	private final AtomicInteger failedRequests = new AtomicInteger();

	private final AtomicInteger failedItems = new AtomicInteger();

	private final AtomicInteger rounds = new AtomicInteger();

	private final List<String> sent = Collections.synchronizedList(new ArrayList<>());

	/**
	 * Sends every city, then the failed ones again, one request at a time, for at most
	 * {@code maxRounds} rounds.
	 * @param tuning sets the ingester's sizes and concurrency
	 */
	void run(ElasticsearchClient client, String index, List<City> cities, int maxRounds,
			UnaryOperator<BulkIngester.Builder<String>> tuning) {
		Map<String, City> byId = new ConcurrentHashMap<>();
		cities.forEach((city) -> byId.put(city.id(), city));
		List<City> toSend = cities;
		while (!toSend.isEmpty() && this.rounds.get() < maxRounds) {
			boolean retry = this.rounds.incrementAndGet() > 1;
			UnaryOperator<BulkIngester.Builder<String>> roundTuning = retry
					? (builder) -> tuning.apply(builder).maxConcurrentRequests(1) : tuning;
			try (BulkIngester<String> ingester = BulkIngester
				.of((builder) -> roundTuning.apply(builder.client(client).listener(this)))) {
				for (City city : toSend) {
					this.sent.add(city.id());
					ingester.add(BulkOperation.of((operation) -> operation
						.index((doc) -> doc.index(index).id(city.id()).document(city.document()))), city.id());
				}
			}
			toSend = unacknowledged().stream().map(byId::get).toList();
		}
	}

	@Override
	public void beforeBulk(long executionId, BulkRequest request, List<String> ids) {
	}

	@Override
	public void afterBulk(long executionId, BulkRequest request, List<String> ids, BulkResponse response) {
		for (BulkResponseItem item : response.items()) {
			if (item.error() == null) {
				this.acknowledged.add(item.id());
				this.failed.remove(item.id());
			}
			else {
				this.failedItems.incrementAndGet();
				this.failed.add(item.id());
				reason("item " + item.status() + " " + item.error().type());
			}
		}
	}

	@Override
	public void afterBulk(long executionId, BulkRequest request, List<String> ids, Throwable failure) {
		this.failedRequests.incrementAndGet();
		reason("request " + failure.getClass().getSimpleName());
		for (String id : ids) {
			if (!this.acknowledged.contains(id)) {
				this.failed.add(id);
			}
		}
	}

	private void reason(String reason) {
		this.failureReasons.computeIfAbsent(reason, (key) -> new AtomicInteger()).incrementAndGet();
	}

	/** Ids Elasticsearch acknowledged so far. */
	Set<String> acknowledged() {
		return Set.copyOf(this.acknowledged);
	}

	int acknowledgedCount() {
		return this.acknowledged.size();
	}

	/** Ids whose last attempt failed and that were never acknowledged. */
	Set<String> unacknowledged() {
		Set<String> open = new HashSet<>(this.failed);
		open.removeAll(this.acknowledged);
		return open;
	}

	/** How many times an id was sent, over every round. */
	int sendCount() {
		return this.sent.size();
	}

	int failedRequests() {
		return this.failedRequests.get();
	}

	int failedItems() {
		return this.failedItems.get();
	}

	int rounds() {
		return this.rounds.get();
	}

	Map<String, AtomicInteger> failureReasons() {
		return this.failureReasons;
	}

	@Override
	public String toString() {
		return "acknowledged " + this.acknowledged.size() + ", unacknowledged " + unacknowledged().size() + ", sent "
				+ this.sent.size() + " times in " + this.rounds.get() + " round(s), failed requests "
				+ this.failedRequests.get() + ", failed items " + this.failedItems.get() + ", reasons "
				+ this.failureReasons;
	}

}
