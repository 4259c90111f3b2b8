/**
 * Reading at scale over the client: {@link io.github.elasticstarter.scan.ElasticScan} opens
 * {@link io.github.elasticstarter.scan.DocumentScan scans} that go through every document matching
 * a query with a point in time and {@code search_after} (or scroll where no point in time can be
 * opened), in pages read ahead by concurrent slices into a bounded buffer, each page carrying the
 * checkpoint to resume from.
 */
@NullMarked
package io.github.elasticstarter.scan;

import org.jspecify.annotations.NullMarked;
