/**
 * Looking inside a connection: what each client's pool, nodes, TLS peers and server look like
 * now. A {@link io.github.elasticstarter.insight.ConnectionRecorder} is built next to each
 * client and records what only the handshake and the requests see; a {@link
 * io.github.elasticstarter.insight.ClientInsight} per client reads it for the {@code elastic}
 * actuator endpoint, the pool gauges and the start-up check.
 */
@NullMarked
package io.github.elasticstarter.insight;

import org.jspecify.annotations.NullMarked;
