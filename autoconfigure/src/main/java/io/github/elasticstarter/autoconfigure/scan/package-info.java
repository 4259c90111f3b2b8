/**
 * Reading at scale over the starter's client: {@link io.github.elasticstarter.scan.ElasticScan}
 * opens {@link io.github.elasticstarter.scan.DocumentScan scans} configured by the
 * {@code elastic.scan.*} properties.
 */
@NullMarked
package io.github.elasticstarter.autoconfigure.scan;

import org.jspecify.annotations.NullMarked;
