package io.github.elasticstarter.credentials;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

/**
 * Calls back when credential files may have changed, without busy polling: a daemon thread
 * waits on a {@link WatchService} registered on the files' directories and calls back on any
 * event there (Kubernetes replaces a mounted secret by swapping the {@code ..data} symlink, an
 * event on the directory rather than on the file), and at the latest every
 * {@code recheckInterval}, for file systems whose changes the watch service does not see
 * (network file systems, some container overlays).
 */
final class CredentialFileWatcher implements AutoCloseable {

	private static final Log logger = LogFactory.getLog(CredentialFileWatcher.class);

	private final WatchService watchService;

	private final Thread thread;

	private volatile boolean closed;

	CredentialFileWatcher(Collection<Path> files, Duration recheckInterval, Runnable onChange) {
		try {
			this.watchService = FileSystems.getDefault().newWatchService();
			for (Path directory : directories(files)) {
				register(directory);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not watch the credential files", ex);
		}
		this.thread = new Thread(() -> watch(recheckInterval, onChange), "elastic-credential-files-watcher");
		this.thread.setDaemon(true);
		this.thread.start();
	}

	private static Set<Path> directories(Collection<Path> files) {
		Set<Path> directories = new LinkedHashSet<>();
		for (Path file : files) {
			Path parent = file.toAbsolutePath().getParent();
			if (parent != null) {
				directories.add(parent);
			}
		}
		return directories;
	}

	private void register(Path directory) throws IOException {
		try {
			directory.register(this.watchService, StandardWatchEventKinds.ENTRY_CREATE,
					StandardWatchEventKinds.ENTRY_MODIFY, StandardWatchEventKinds.ENTRY_DELETE);
		}
		catch (IOException ex) {
			// A missing directory is reported when the file is read; the re-check still runs.
			logger.warn("Cannot watch the directory " + directory + " for credential file changes ("
					+ ex.getClass().getSimpleName() + "); re-reading the files periodically only");
		}
	}

	private void watch(Duration recheckInterval, Runnable onChange) {
		while (!this.closed) {
			try {
				WatchKey key = this.watchService.poll(recheckInterval.toMillis(), TimeUnit.MILLISECONDS);
				drain(key);
				onChange.run();
			}
			catch (InterruptedException | ClosedWatchServiceException ex) {
				return;
			}
			catch (RuntimeException ex) {
				logger.warn("Re-reading the credential files failed (" + ex.getClass().getName() + ")");
			}
		}
	}

	private void drain(@Nullable WatchKey key) {
		if (key != null) {
			key.pollEvents();
			key.reset();
		}
	}

	@Override
	public void close() {
		this.closed = true;
		try {
			this.watchService.close();
		}
		catch (IOException ex) {
			logger.debug("Closing the credential files watch service failed", ex);
		}
		this.thread.interrupt();
	}

}
