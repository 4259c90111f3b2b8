/**
 * Credentials resolved per request, so that they rotate without a restart: the provider the
 * client asks for the credential of each request, the default one that re-reads the
 * {@code elastic.*} properties and credential files, and the HTTP client handler that sets the
 * {@code Authorization} header and, on a 401, refreshes once and retries once.
 */
@NullMarked
package io.github.elasticstarter.credentials;

import org.jspecify.annotations.NullMarked;
