package io.github.elasticstarter.bulk;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.github.elasticstarter.bulk.BulkServer.BulkCall;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

import static io.github.elasticstarter.bulk.BulkTestLoads.addCities;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Runs loads through the auto-configured client against a {@link BulkServer} and checks what
 * goes over the wire and how each load ends.
 */
@Timeout(30)
class BulkWireTests {

	@RegisterExtension
	final BulkServer server = new BulkServer();

	private final BulkTestLoads loads = new BulkTestLoads(this.server);

	@Test
	void requestTargetingOneIndexNamesItInTheUrlAndNotInTheActions() {
		BulkResult result = this.loads.load((options) -> {
		}, (load) -> {
			load.add("cities", "1", Map.of("name", "Paris"));
			load.add("cities", "2", Map.of("name", "Lyon"));
		});
		assertThat(result.succeeded()).isEqualTo(2);
		BulkCall call = this.server.calls().get(0);
		assertThat(call.path()).isEqualTo("/cities/_bulk");
		assertThat(call.lines()).containsExactly("{\"index\":{\"_id\":\"1\"}}", "{\"name\":\"Paris\"}",
				"{\"index\":{\"_id\":\"2\"}}", "{\"name\":\"Lyon\"}");
	}

	@Test
	void requestTargetingSeveralIndicesNamesTheIndexInEachAction() {
		this.loads.load((options) -> {
		}, (load) -> {
			load.add("cities", "1", Map.of("name", "Paris"));
			load.delete("countries", "fr");
		});
		BulkCall call = this.server.calls().get(0);
		assertThat(call.path()).isEqualTo("/_bulk");
		assertThat(call.lines()).containsExactly("{\"index\":{\"_id\":\"1\",\"_index\":\"cities\"}}",
				"{\"name\":\"Paris\"}", "{\"delete\":{\"_id\":\"fr\",\"_index\":\"countries\"}}");
	}

	@Test
	void bytesOfTheResultAreTheBytesSent() {
		BulkResult result = this.loads.load((options) -> {
		}, (load) -> {
			load.add("cities", "1", Map.of("name", "Paris"));
			load.add("cities", null, Map.of("name", "Lyon"));
			load.delete("cities", "2");
		});
		assertThat(result.bytes()).isEqualTo(this.server.calls().get(0).bytes());
	}

	@Test
	void bytesOfTheResultAreTheBytesSentWithAnIndexInEachAction() {
		BulkResult result = this.loads.load((options) -> {
		}, (load) -> {
			load.add("cities", "1", Map.of("name", "Paris"));
			load.add("towns", null, Map.of("name", "Lyon"));
			load.delete("villages", "2");
		});
		assertThat(result.bytes()).isEqualTo(this.server.calls().get(0).bytes());
	}

	@Test
	void requestsAreSplitAtMaxOperations() {
		BulkResult result = this.loads.load((options) -> options.maxOperations(2), (load) -> addCities(load, 5));
		assertThat(this.server.calls()).extracting(BulkCall::ids)
			.containsExactlyInAnyOrder(List.of("0", "1"), List.of("2", "3"), List.of("4"));
		assertThat(result.requests()).isEqualTo(3);
	}

	@Test
	void partlyFilledRequestIsSentAfterTheFlushInterval() {
		this.loads.run((context) -> {
			BulkLoad load = context.getBean(ElasticBulk.class)
				.open("cities", (options) -> options.flushInterval(Duration.ofMillis(50)));
			load.add("cities", "1", Map.of("name", "Paris"));
			assertThat(this.server.awaitCalls(1)).singleElement()
				.satisfies((call) -> assertThat(call.ids()).containsExactly("1"));
			load.finish();
		});
	}

	@Test
	void flushReturnsOnceEveryOperationHasAnOutcome() {
		this.server.itemStatus((call, id) -> (call == 0) ? 429 : 201);
		this.loads.run((context) -> {
			try (BulkLoad load = context.getBean(ElasticBulk.class)
				.open("cities", (options) -> options.flushInterval(Duration.ofHours(1))
					.initialBackoff(Duration.ofMillis(10)))) {
				load.add("cities", "1", Map.of("name", "Paris"));
				load.flush();
				assertThat(this.server.calls()).hasSize(2);
			}
		});
	}

	@Test
	void flushThatCannotSettleFailsWithinMaxWait() {
		this.server.silent();
		this.loads.run((context) -> {
			try (BulkLoad load = context.getBean(ElasticBulk.class)
				.open("cities", (options) -> options.maxWait(Duration.ofMillis(300)))) {
				load.add("cities", "1", Map.of("name", "Paris"));
				long start = System.nanoTime();
				assertThatExceptionOfType(BulkLoadException.class).isThrownBy(load::flush)
					.withMessageContaining("within max-wait");
				assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
			}
		});
	}

	@Test
	void onlyTheRejectedItemIsSentAgain() {
		this.server.itemStatus((call, id) -> (call == 0 && id.equals("1")) ? 429 : 201);
		BulkResult result = this.loads.load((options) -> options.initialBackoff(Duration.ofMillis(10)),
				(load) -> addCities(load, 3));
		assertThat(this.server.calls()).extracting(BulkCall::ids)
			.containsExactly(List.of("0", "1", "2"), List.of("1"));
		assertThat(result).extracting(BulkResult::succeeded, BulkResult::retried, BulkResult::failed)
			.containsExactly(3L, 1L, 0L);
	}

	@Test
	void rejectionStormEndsAfterMaxRetriesWithEveryItemInTheDeadLetterHook() {
		this.server.itemStatus((call, id) -> 429);
		BulkResult result = this.loads.load((options) -> options.maxRetries(2).initialBackoff(Duration.ofMillis(10)),
				(load) -> addCities(load, 3));
		assertThat(result).extracting(BulkResult::succeeded, BulkResult::retried, BulkResult::failed,
				BulkResult::requests)
			.containsExactly(0L, 3L, 3L, 3L);
		assertThat(this.loads.deadLetters()).hasSize(3).allSatisfy((failed) -> {
			assertThat(failed.status()).isEqualTo(429);
			assertThat(failed.attempts()).isEqualTo(3);
			assertThat(failed.reason()).contains("es_rejected_execution_exception");
			assertThat(failed.index()).isEqualTo("cities");
		});
	}

	@Test
	void itemFailingForAnotherReasonIsNotRetried() {
		this.server.itemStatus((call, id) -> id.equals("1") ? 400 : 201);
		BulkResult result = this.loads.load((options) -> {
		}, (load) -> addCities(load, 2));
		assertThat(this.server.calls()).hasSize(1);
		assertThat(result.failed()).isOne();
		assertThat(this.loads.deadLetters()).singleElement()
			.satisfies((failed) -> assertThat(failed.id()).isEqualTo("1"))
			.satisfies((failed) -> assertThat(failed.reason()).contains("test_item_error"));
	}

	@Test
	void requestAnsweredWithServiceUnavailableIsSentAgain() {
		this.server.enqueueRequestStatus(503);
		BulkResult result = this.loads.load((options) -> options.initialBackoff(Duration.ofMillis(10)),
				(load) -> addCities(load, 2), "elastic.retry.max-retries=0");
		assertThat(this.server.calls()).extracting(BulkCall::ids).containsExactly(List.of("0", "1"), List.of("0", "1"));
		assertThat(result).extracting(BulkResult::succeeded, BulkResult::retried, BulkResult::failed)
			.containsExactly(2L, 2L, 0L);
	}

	@Test
	void requestAnsweredWithServiceUnavailableIsSentMaxRetriesPlusOneTimesNotMultipliedByTheTransport() {
		for (int i = 0; i < 20; i++) {
			this.server.enqueueRequestStatus(503);
		}
		BulkResult result = this.loads.load((options) -> options.maxRetries(2).initialBackoff(Duration.ofMillis(10)),
				(load) -> addCities(load, 2), "elastic.retry.max-retries=3", "elastic.retry.initial-backoff=1ms");
		assertThat(this.server.calls()).hasSize(3);
		assertThat(result).extracting(BulkResult::succeeded, BulkResult::failed).containsExactly(0L, 2L);
		assertThat(this.loads.deadLetters()).allSatisfy((failed) -> assertThat(failed.attempts()).isEqualTo(3));
	}

	@Test
	void afterAGatewayErrorTheTransportDoesNotSendAnItemWithoutIdAgain() {
		this.server.enqueueRequestStatus(502);
		BulkResult result = this.loads.load((options) -> options.initialBackoff(Duration.ofMillis(10)), (load) -> {
			load.add("cities", "1", Map.of("name", "Paris"));
			load.add("cities", null, Map.of("name", "Lyon"));
		}, "elastic.retry.max-retries=3", "elastic.retry.initial-backoff=1ms");
		assertThat(this.server.calls()).extracting(BulkCall::ids).containsExactly(List.of("1", ""), List.of("1"));
		assertThat(result).extracting(BulkResult::succeeded, BulkResult::failed).containsExactly(1L, 1L);
	}

	@Test
	void afterAGatewayErrorOnlyItemsWithAnIdAreSentAgain() {
		this.server.enqueueRequestStatus(502);
		BulkResult result = this.loads.load((options) -> options.initialBackoff(Duration.ofMillis(10)), (load) -> {
			load.add("cities", "1", Map.of("name", "Paris"));
			load.add("cities", null, Map.of("name", "Lyon"));
		}, "elastic.retry.max-retries=0");
		assertThat(this.server.calls()).extracting(BulkCall::ids).containsExactly(List.of("1", ""), List.of("1"));
		assertThat(result.succeeded()).isOne();
		assertThat(this.loads.deadLetters()).singleElement()
			.satisfies((failed) -> assertThat(failed.id()).isNull())
			.satisfies((failed) -> assertThat(failed.reason()).contains("no id"));
	}

	@Test
	void afterAGatewayErrorTheNextNodeGetsOnlyTheItemsWithAnId() {
		try (BulkServer next = new BulkServer()) {
			this.server.enqueueRequestStatus(502);
			BulkResult result = this.loads.load((options) -> options.initialBackoff(Duration.ofMillis(10)), (load) -> {
				load.add("cities", "1", Map.of("name", "Paris"));
				load.add("cities", null, Map.of("name", "Lyon"));
			}, "elastic.hosts=" + this.server.url() + "," + next.url(), "elastic.node-selector=any");
			assertThat(this.server.calls()).extracting(BulkCall::ids).containsExactly(List.of("1", ""));
			assertThat(next.calls()).extracting(BulkCall::ids).containsExactly(List.of("1"));
			assertThat(result).extracting(BulkResult::succeeded, BulkResult::failed).containsExactly(1L, 1L);
		}
	}

	@Test
	void givingUpCancelsTheRetryTimers() {
		this.server.itemStatus((call, id) -> 429);
		this.loads.run((context) -> {
			ElasticBulk bulk = context.getBean(ElasticBulk.class);
			try (BulkLoad load = bulk.open("cities", (options) -> options.maxRetries(10)
				.initialBackoff(Duration.ofSeconds(20))
				.maxBackoff(Duration.ofSeconds(20))
				.maxWait(Duration.ofMillis(500)))) {
				addCities(load, 2);
				assertThat(load.finish().failed()).isEqualTo(2);
			}
			assertThat(bulk.scheduledTasks()).isZero();
		});
	}

	@Test
	void loadAgainstAServerThatNeverAnswersFailsWithinMaxWait() {
		this.server.silent();
		BulkResult result = this.loads.load((options) -> options.maxWait(Duration.ofMillis(500)),
				(load) -> addCities(load, 2));
		assertThat(result.duration()).isLessThan(Duration.ofSeconds(5));
		assertThat(result.failed()).isEqualTo(2);
		assertThat(this.loads.deadLetters()).allSatisfy((failed) -> assertThat(failed.reason()).contains("max-wait")
			.contains("in flight"));
	}

	@Test
	void requestThatTimesOutIsSentAgainThenFailsAfterMaxRetries() {
		this.server.silent();
		BulkResult result = this.loads.load((options) -> options.maxRetries(1).initialBackoff(Duration.ofMillis(10)),
				(load) -> addCities(load, 1), "elastic.socket-timeout=300ms");
		assertThat(this.server.calls()).hasSize(2);
		assertThat(result.failed()).isOne();
		assertThat(this.loads.deadLetters()).singleElement().satisfies((failed) -> {
			assertThat(failed.attempts()).isEqualTo(2);
			assertThat(failed.reason()).contains("without a response");
		});
	}

	@Test
	void addingWhenAllRequestsHangFailsWithinMaxWait() {
		this.server.silent();
		this.loads.run((context) -> {
			BulkLoad load = context.getBean(ElasticBulk.class).open("cities",
					(options) -> options.maxOperations(1).concurrency(1).maxWait(Duration.ofMillis(300)));
			load.add("cities", "1", Map.of("name", "Paris"));
			long start = System.nanoTime();
			assertThatExceptionOfType(BulkLoadException.class)
				.isThrownBy(() -> load.add("cities", "2", Map.of("name", "Lyon")))
				.withMessageContaining("no free request slot within max-wait");
			assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
			load.finish();
		});
	}

	@Test
	void finishingWithRetriesPendingReturnsWithinMaxWaitAndReportsThem() {
		this.server.itemStatus((call, id) -> 429);
		BulkResult result = this.loads.load((options) -> options.maxRetries(10)
			.initialBackoff(Duration.ofSeconds(20))
			.maxBackoff(Duration.ofSeconds(20))
			.maxWait(Duration.ofMillis(500)), (load) -> addCities(load, 2));
		assertThat(result.duration()).isLessThan(Duration.ofSeconds(5));
		assertThat(result.failed()).isEqualTo(2);
		assertThat(this.loads.deadLetters()).allSatisfy(
				(failed) -> assertThat(failed.reason()).contains("max-wait").contains("waiting to be retried"));
	}

}
