package io.github.elasticstarter.credentials;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

import org.jspecify.annotations.Nullable;

/**
 * One {@link ElasticCredentialsProvider#refresh()} for all the requests rejected with the same
 * credential: the requests rejected while a refresh runs wait for it, and those rejected after
 * it with the old credential use its result without asking again.
 */
final class SharedRefresh {

	/**
	 * A thread per refresh: refreshes are rare, may block (a vault), and must not run on the
	 * HTTP client's I/O threads.
	 */
	private static final Executor REFRESH_THREAD = (task) -> {
		Thread thread = new Thread(task, "elastic-credentials-refresh");
		thread.setDaemon(true);
		thread.start();
	};

	private final ElasticCredentialsProvider provider;

	private @Nullable CompletableFuture<ElasticCredentials> latest;

	SharedRefresh(ElasticCredentialsProvider provider) {
		this.provider = provider;
	}

	/**
	 * The credential to send instead of one that was rejected.
	 * @param rejected the credential that was rejected
	 * @return the credential to retry with, which equals the rejected one when there is none
	 * newer
	 */
	synchronized CompletableFuture<ElasticCredentials> replacing(ElasticCredentials rejected) {
		ElasticCredentials current = this.provider.getCredentials();
		if (!current.equals(rejected)) {
			return CompletableFuture.completedFuture(current);
		}
		CompletableFuture<ElasticCredentials> latest = this.latest;
		if (latest != null && (!latest.isDone() || isNewerThan(latest, rejected))) {
			return latest;
		}
		this.latest = CompletableFuture.supplyAsync(this.provider::refresh, REFRESH_THREAD);
		return this.latest;
	}

	private static boolean isNewerThan(CompletableFuture<ElasticCredentials> refresh, ElasticCredentials rejected) {
		return !refresh.isCompletedExceptionally() && !refresh.join().equals(rejected);
	}

}
