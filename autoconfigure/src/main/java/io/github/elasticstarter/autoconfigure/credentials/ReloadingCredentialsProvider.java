package io.github.elasticstarter.autoconfigure.credentials;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.Objects;
import java.util.function.Supplier;

import io.github.elasticstarter.autoconfigure.ElasticCredentials;
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
 * <li>when Elasticsearch rejects the credential ({@link #refresh()}).</li>
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

	private static final String ENVIRONMENT_CHANGE_EVENT = "org.springframework.cloud.context.environment.EnvironmentChangeEvent";

	private static final Log logger = LogFactory.getLog(ReloadingCredentialsProvider.class);

	private final Supplier<ElasticCredentials> reader;

	private final @Nullable CredentialFileWatcher watcher;

	private volatile ElasticCredentials current;

	private @Nullable String lastProblem;

	/**
	 * Create a provider.
	 * @param initial the credential read at start-up
	 * @param reader reads the credential again; throws when it cannot, with a message that
	 * names the source and carries no secret
	 * @param files the files the credential is read from, to watch
	 * @param recheckInterval the longest time between two reads when files are watched
	 */
	public ReloadingCredentialsProvider(ElasticCredentials initial, Supplier<ElasticCredentials> reader,
			Collection<Path> files, Duration recheckInterval) {
		this.current = initial;
		this.reader = reader;
		this.watcher = files.isEmpty() ? null : new CredentialFileWatcher(files, recheckInterval, this::refresh);
	}

	@Override
	public ElasticCredentials getCredentials() {
		return this.current;
	}

	@Override
	public synchronized ElasticCredentials refresh() {
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
		}
		return read;
	}

	@Override
	public void onApplicationEvent(ApplicationEvent event) {
		if (ENVIRONMENT_CHANGE_EVENT.equals(event.getClass().getName())) {
			refresh();
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
