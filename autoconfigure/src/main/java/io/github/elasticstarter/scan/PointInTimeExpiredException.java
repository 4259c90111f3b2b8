package io.github.elasticstarter.scan;

import java.util.List;

/**
 * The point in time of a scan expired (or was closed) before the scan ended: the consumer took
 * longer than {@code keep-alive} between two pages of a slice, or the node lost it. Start again
 * from {@link #checkpoints()} with {@link ScanOptions#resumeFrom}, on a new point in time.
 */
public class PointInTimeExpiredException extends ScanException {

	PointInTimeExpiredException(String message, List<ScanCheckpoint> checkpoints, Throwable cause) {
		super(message, checkpoints, cause);
	}

}
