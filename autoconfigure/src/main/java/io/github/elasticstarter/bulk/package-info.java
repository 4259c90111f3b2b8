/**
 * Bulk loading over the client: {@link io.github.elasticstarter.bulk.ElasticBulk} opens {@link
 * io.github.elasticstarter.bulk.BulkLoad loads} that batch operations into bulk requests, send
 * them concurrently, retry what the server could not take, and report every operation that
 * failed for good.
 */
@NullMarked
package io.github.elasticstarter.bulk;

import org.jspecify.annotations.NullMarked;
