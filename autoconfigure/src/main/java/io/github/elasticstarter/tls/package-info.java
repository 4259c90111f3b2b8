/**
 * TLS trust that changes without a restart: the connection pool's TLS strategy is swapped when
 * the SSL bundle is reloaded or the CA fingerprint is refreshed, new connections use the new
 * trust, and connections opened before are closed instead of going back to the pool.
 */
@NullMarked
package io.github.elasticstarter.tls;

import org.jspecify.annotations.NullMarked;
