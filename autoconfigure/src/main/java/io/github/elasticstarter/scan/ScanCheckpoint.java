package io.github.elasticstarter.scan;

import java.util.List;

import co.elastic.clients.elasticsearch._types.FieldValue;
import org.jspecify.annotations.Nullable;

/**
 * Where one slice of a scan stands after a page: the sort values of the page's last document
 * ({@code search_after} of the next request), so that a scan can start again from there with
 * {@link ScanOptions#resumeFrom}.
 *
 * @param pointInTimeId the point in time the page was read from, {@code null} for a scroll
 * @param slice the slice, from 0
 * @param slices how many slices the scan had
 * @param searchAfter the sort values of the slice's last document read, empty before its first page
 * @param complete whether the slice has no document left
 */
public record ScanCheckpoint(@Nullable String pointInTimeId, int slice, int slices, List<FieldValue> searchAfter,
		boolean complete) {

	/**
	 * A checkpoint, its sort values copied.
	 * @param pointInTimeId the point in time the page was read from, {@code null} for a scroll
	 * @param slice the slice, from 0
	 * @param slices how many slices the scan had
	 * @param searchAfter the sort values of the slice's last document read
	 * @param complete whether the slice has no document left
	 */
	public ScanCheckpoint {
		searchAfter = List.copyOf(searchAfter);
	}

	static ScanCheckpoint start(int slice, int slices) {
		return new ScanCheckpoint(null, slice, slices, List.of(), false);
	}

}
