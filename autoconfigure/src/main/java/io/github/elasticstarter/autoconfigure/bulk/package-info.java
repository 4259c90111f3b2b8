/**
 * Bulk loading over the starter's client: {@link io.github.elasticstarter.bulk.ElasticBulk}
 * opens {@link io.github.elasticstarter.bulk.BulkLoad loads} configured by the
 * {@code elastic.bulk.*} properties.
 */
@NullMarked
package io.github.elasticstarter.autoconfigure.bulk;

import org.jspecify.annotations.NullMarked;
