package io.github.elasticstarter.scan;

import java.util.List;

/**
 * A scan that could not go on: a page failed, the wait for a page ran out, or the scan was closed
 * under its consumer (the application context stopped). It carries the checkpoint of every slice
 * after the last page the consumer took, to start again with {@link ScanOptions#resumeFrom}.
 */
public class ScanException extends RuntimeException {

	/**
	 * Where each slice stood after the last page the consumer took.
	 */
	private final List<ScanCheckpoint> checkpoints;

	ScanException(String message, List<ScanCheckpoint> checkpoints, Throwable cause) {
		super(message, cause);
		this.checkpoints = List.copyOf(checkpoints);
	}

	ScanException(String message, List<ScanCheckpoint> checkpoints) {
		super(message);
		this.checkpoints = List.copyOf(checkpoints);
	}

	/**
	 * Where each slice stood after the last page the consumer took: what to resume from.
	 * @return one checkpoint per slice
	 */
	public List<ScanCheckpoint> checkpoints() {
		return this.checkpoints;
	}

}
