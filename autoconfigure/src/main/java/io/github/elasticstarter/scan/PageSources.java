package io.github.elasticstarter.scan;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

import co.elastic.clients.elasticsearch.ElasticsearchAsyncClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.ErrorCause;
import co.elastic.clients.elasticsearch._types.ShardStatistics;
import co.elastic.clients.elasticsearch._types.Time;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.transport.TransportException;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

/**
 * Opens the source of a scan's pages, a point in time, or scrolls when the server refuses to
 * open one, and tells the server's answers apart.
 */
final class PageSources {

	private static final Log logger = LogFactory.getLog(ElasticScan.class);

	/** Statuses of a server that has no point in time ({@code _pit} unknown) or of a key not allowed one. */
	private static final Set<Integer> NO_POINT_IN_TIME = Set.of(400, 403, 404, 405, 501);

	private PageSources() {
	}

	static <T> CompletableFuture<PageSource<T>> open(String name, ElasticsearchAsyncClient client, String index,
			@Nullable Query query, Class<T> type, ScanOptions options) {
		return PointInTimeSource.open(client, index, query, type, options).exceptionallyCompose((ex) -> {
			Throwable cause = unwrap(ex);
			if (!options.isScrollFallback() || !refusesPointInTime(cause)) {
				return CompletableFuture.failedFuture(cause);
			}
			if (options.getResumeFrom().stream().anyMatch((checkpoint) -> !checkpoint.searchAfter().isEmpty())) {
				return CompletableFuture.failedFuture(new IllegalStateException("Scan '" + name
						+ "' cannot resume: the server refused to open a point in time, and a scroll cannot resume",
						cause));
			}
			logger.info("Scan '" + name + "' reads with scroll: opening a point in time on '" + index
					+ "' was refused (" + cause.getMessage() + ")");
			return CompletableFuture.completedFuture(new ScrollSource<>(client, index, query, type, options));
		});
	}

	/**
	 * Whether the server answered the opening of a point in time as one that has none, or to a
	 * caller not allowed one; a missing index is not such an answer.
	 */
	static boolean refusesPointInTime(Throwable ex) {
		if (ex instanceof ElasticsearchException elastic) {
			return NO_POINT_IN_TIME.contains(elastic.status()) && !"index_not_found_exception".equals(elastic.error().type());
		}
		return ex instanceof TransportException transport && NO_POINT_IN_TIME.contains(transport.statusCode());
	}

	/**
	 * Whether the server no longer knows the point in time or scroll: it expired or was closed.
	 */
	static boolean contextMissing(Throwable ex) {
		if (!(ex instanceof ElasticsearchException elastic)) {
			return false;
		}
		ErrorCause error = elastic.error();
		return isMissing(error) || error.rootCause().stream().anyMatch(PageSources::isMissing);
	}

	private static boolean isMissing(ErrorCause cause) {
		return "search_context_missing_exception".equals(cause.type());
	}

	static void checkShards(ShardStatistics shards) {
		if (shards.failed().intValue() > 0) {
			throw new IllegalStateException(shards.failed() + " of " + shards.total() + " shards failed: "
					+ shards.failures().stream().map((failure) -> failure.reason().reason()).toList());
		}
	}

	static Time time(Duration duration) {
		long millis = duration.toMillis();
		String value = (millis % 1000 == 0) ? (millis / 1000) + "s" : millis + "ms";
		return Time.of((time) -> time.time(value));
	}

	static Throwable unwrap(Throwable ex) {
		Throwable cause = ex;
		while ((cause instanceof CompletionException || cause instanceof ExecutionException) && cause.getCause() != null) {
			cause = cause.getCause();
		}
		return cause;
	}

}
