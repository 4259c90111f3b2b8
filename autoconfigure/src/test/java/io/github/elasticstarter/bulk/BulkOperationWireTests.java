package io.github.elasticstarter.bulk;

import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import io.github.elasticstarter.bulk.BulkServer.BulkCall;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The action lines each kind of operation puts on the wire, and how their outcomes count.
 */
@Timeout(30)
class BulkOperationWireTests {

	@RegisterExtension
	final BulkServer server = new BulkServer();

	private final BulkTestLoads loads = new BulkTestLoads(this.server);

	@Test
	void typedOperationsSendOnlyTheirKindIdAndBody() {
		this.loads.load((options) -> {
		}, (load) -> {
			load.create("cities", "1", Map.of("name", "Paris"));
			load.update("cities", "1", Map.of("population", 2100000));
			load.delete("cities", "2");
		});
		assertThat(this.server.calls()).singleElement()
			.satisfies((call) -> assertThat(call.lines()).containsExactly("{\"create\":{\"_id\":\"1\"}}",
					"{\"name\":\"Paris\"}", "{\"update\":{\"_id\":\"1\"}}", "{\"doc\":{\"population\":2100000}}",
					"{\"delete\":{\"_id\":\"2\"}}"));
	}

	@Test
	void rawOperationKeepsItsOwnSettingsAndLosesItsIndexToTheUrl() {
		this.loads.load((options) -> {
		}, (load) -> load.add(BulkOperation.of((b) -> b.update((u) -> u.index("cities")
			.id("1")
			.routing("fr")
			.retryOnConflict(3)
			.action((a) -> a.doc(Map.of("population", 1)).docAsUpsert(true))))));
		BulkCall call = this.server.calls().get(0);
		assertThat(call.path()).isEqualTo("/cities/_bulk");
		assertThat(call.lines()).containsExactly(
				"{\"update\":{\"_id\":\"1\",\"routing\":\"fr\",\"retry_on_conflict\":3}}",
				"{\"doc\":{\"population\":1},\"doc_as_upsert\":true}");
	}

	@Test
	void deletingAMissingDocumentCountsAsSucceeded() {
		this.server.itemStatus((call, id) -> 404);
		BulkResult result = this.loads.load((options) -> {
		}, (load) -> load.delete("cities", "1"));
		assertThat(result).extracting(BulkResult::succeeded, BulkResult::failed).containsExactly(1L, 0L);
	}

	@Test
	void createThatConflictsAfterAnAttemptWithUnknownOutcomeCountsAsSucceeded() {
		this.server.enqueueRequestStatus(504).itemStatus((call, id) -> 409);
		BulkResult result = this.loads.load((options) -> options.initialBackoff(Duration.ofMillis(10)),
				(load) -> load.create("cities", "1", Map.of("name", "Paris")), "elastic.retry.max-retries=0");
		assertThat(this.server.calls()).hasSize(2);
		assertThat(result).extracting(BulkResult::succeeded, BulkResult::failed).containsExactly(1L, 0L);
	}

	@Test
	void failuresCarryNoCredentials() {
		this.server.enqueueRequestStatus(401);
		BulkResult result = this.loads.load((options) -> {
		}, (load) -> load.add("cities", "1", Map.of("name", "Paris")), "elastic.username=elastic",
				"elastic.password=s3cr3t-pass");
		String basic = Base64.getEncoder().encodeToString("elastic:s3cr3t-pass".getBytes());
		assertThat(result.failed()).isOne();
		assertThat(this.loads.deadLetters()).singleElement().satisfies((failed) -> {
			assertThat(failed.status()).isEqualTo(401);
			assertThat(List.of(failed.toString(), failed.reason(), result.toString()))
				.noneMatch((text) -> text.contains("s3cr3t-pass") || text.contains(basic));
		});
	}

	@Test
	void failedItemDescriptionLeavesOutTheDocument() {
		this.server.itemStatus((call, id) -> 400);
		this.loads.load((options) -> {
		}, (load) -> load.add("people", "1", Map.of("email", "jane@example.com")));
		assertThat(this.loads.deadLetters()).singleElement()
			.satisfies((failed) -> assertThat(failed.toString()).contains("people/1")
				.doesNotContain("jane@example.com"));
	}

}
