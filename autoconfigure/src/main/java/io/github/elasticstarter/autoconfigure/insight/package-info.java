/**
 * Auto-configuration of the insight into each client: the {@code elastic} actuator endpoint, the
 * pool gauges and the start-up check.
 */
@NullMarked
package io.github.elasticstarter.autoconfigure.insight;

import org.jspecify.annotations.NullMarked;
