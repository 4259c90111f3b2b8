package io.github.elasticstarter.scan;

import java.util.Locale;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * The opt-in progress line of a long scan: documents taken, of how many, and the rate.
 */
final class ScanProgressLog implements Runnable {

	private static final Log logger = LogFactory.getLog(DocumentScan.class);

	private final DocumentScan<?> scan;

	ScanProgressLog(DocumentScan<?> scan) {
		this.scan = scan;
	}

	@Override
	public void run() {
		if (logger.isInfoEnabled()) {
			logger.info(line(this.scan.taken(), this.scan.total(), this.scan.elapsedNanos()));
		}
	}

	String line(long taken, long total, long elapsedNanos) {
		StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "Scan '%s': %,d documents", this.scan.name(),
				taken));
		if (total > 0) {
			line.append(String.format(Locale.ROOT, " of %,d (%.1f%%)", total, 100.0 * taken / total));
		}
		double seconds = Math.max(elapsedNanos / 1e9, 1e-9);
		return line.append(String.format(Locale.ROOT, ", %,.0f docs/s", taken / seconds)).toString();
	}

}
