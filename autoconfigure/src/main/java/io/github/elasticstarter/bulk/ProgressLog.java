package io.github.elasticstarter.bulk;

import java.time.Duration;
import java.util.Locale;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * The opt-in progress line of a long load: documents done, rate, and time left when the
 * expected total is known.
 */
final class ProgressLog implements Runnable {

	private static final Log logger = LogFactory.getLog(BulkLoad.class);

	private final String load;

	private final LoadTally tally;

	private final long expectedTotal;

	ProgressLog(String load, LoadTally tally, long expectedTotal) {
		this.load = load;
		this.tally = tally;
		this.expectedTotal = expectedTotal;
	}

	@Override
	public void run() {
		if (logger.isInfoEnabled()) {
			logger.info(line(this.tally.done(), this.tally.elapsed()));
		}
	}

	String line(long done, Duration elapsed) {
		double rate = done / Math.max(elapsed.toNanos() / 1e9, 1e-9);
		StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "Bulk load '%s': %,d documents", this.load,
				done));
		if (this.expectedTotal > 0) {
			line.append(String.format(Locale.ROOT, " of %,d (%.1f%%)", this.expectedTotal,
					100.0 * done / this.expectedTotal));
		}
		line.append(String.format(Locale.ROOT, ", %,.0f docs/s", rate));
		if (this.expectedTotal > 0 && rate > 0 && done < this.expectedTotal) {
			Duration left = Duration.ofSeconds(Math.round((this.expectedTotal - done) / rate));
			line.append(String.format(Locale.ROOT, ", about %d:%02d:%02d left", left.toHours(), left.toMinutesPart(),
					left.toSecondsPart()));
		}
		return line.toString();
	}

}
