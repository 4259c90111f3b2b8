/**
 * Micrometer observation of every Elasticsearch API call: timers and spans.
 */
@NullMarked
package io.github.elasticstarter.observation;

import org.jspecify.annotations.NullMarked;
