package io.github.elasticstarter.credentials;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;

/**
 * The default {@link ElasticCredentialsProvider}: holds the last good credential and reads it
 * again when it may have changed:
 * <ul>
 * <li>when a credential file changes (within {@link #RECHECK_INTERVAL} at the latest, and at
 * once where the file system reports changes);</li>
 * <li>when the Spring {@code Environment} changes, on Spring Cloud's
 * {@code EnvironmentChangeEvent} (matched by name, Spring Cloud is not needed);</li>
 * <li>when Elasticsearch rejects the credential ({@link #refresh()}); with credential files, it
 * then waits up to a grace period for a file to change, for rotations where Elasticsearch
 * changes first and the file follows.</li>
 * </ul>
 * A credential that cannot be read (a missing or empty file, an invalid value) keeps the last
 * good one and logs a warning naming the property, never the value.
 */
public final class ReloadingCredentialsProvider
		implements ElasticCredentialsProvider, ApplicationListener<ApplicationEvent>, AutoCloseable {

	/**
	 * The longest time between two reads of the credential files, for file systems whose
	 * changes are not reported.
	 */
	public static final Duration RECHECK_INTERVAL = Duration.ofSeconds(10);

	private static final Log logger = LogFactory.getLog(ReloadingCredentialsProvider.class);

	private final Supplier<ElasticCredentials> reader;

	private final @Nullable CredentialFileWatcher watcher;

	private final Duration gracePeriod;

	private volatile ElasticCredentials current;

	private @Nullable String lastProblem;

	/**
	 * Create a provider.
	 * @param initial the credential read at start-up
	 * @param reader reads the credential again; throws when it cannot, with a message that
	 * names the source and carries no secret
	 * @param files the files the credential is read from, to watch
	 * @param gracePeriod how long {@link #refresh()} waits for a file to change when reading
	 * again gives the same credential
	 */
	public ReloadingCredentialsProvider(ElasticCredentials initial, Supplier<ElasticCredentials> reader,
			Collection<Path> files, Duration gracePeriod) {
		this.current = initial;
		this.reader = reader;
		this.gracePeriod = files.isEmpty() ? Duration.ZERO : gracePeriod;
		this.watcher = files.isEmpty() ? null : new CredentialFileWatcher(files, RECHECK_INTERVAL, this::reload);
	}

	@Override
	public ElasticCredentials getCredentials() {
		return this.current;
	}

	@Override
	public synchronized ElasticCredentials refresh() {
		ElasticCredentials rejected = this.current;
		long deadline = System.nanoTime() + this.gracePeriod.toNanos();
		ElasticCredentials credentials = reload();
		try {
			long left;
			while (credentials.equals(rejected) && (left = deadline - System.nanoTime()) > 0) {
				// The file watcher's reload() wakes this up when the credential changes.
				wait(TimeUnit.NANOSECONDS.toMillis(left) + 1);
				credentials = this.current;
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		return credentials;
	}

	/**
	 * Read the credential again, keeping the last good one if it cannot be read.
	 * @return the credential to send from now on
	 */
	public synchronized ElasticCredentials reload() {
		ElasticCredentials read;
		try {
			read = this.reader.get();
		}
		catch (RuntimeException ex) {
			if (!Objects.equals(ex.getMessage(), this.lastProblem)) {
				this.lastProblem = ex.getMessage();
				logger.warn("Cannot read the Elasticsearch credential again, so the client keeps sending the last "
						+ "good one (" + this.current.kind() + "): " + ex.getMessage());
			}
			return this.current;
		}
		this.lastProblem = null;
		if (!read.equals(this.current)) {
			logger.info("The Elasticsearch credential changed; the client sends the new " + read.kind()
					+ " from the next request on");
			this.current = read;
			notifyAll();
		}
		return read;
	}

	@Override
	public void onApplicationEvent(ApplicationEvent event) {
		if (EnvironmentChange.isEnvironmentChange(event)) {
			reload();
		}
	}

	@Override
	public void close() {
		if (this.watcher != null) {
			this.watcher.close();
		}
	}

	@Override
	public String toString() {
		return "ReloadingCredentialsProvider[" + this.current.kind() + "]";
	}

}
