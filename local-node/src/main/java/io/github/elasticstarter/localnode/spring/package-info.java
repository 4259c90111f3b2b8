/**
 * Development services: the starter connects to a local node when no connection is configured.
 */
@NullMarked
package io.github.elasticstarter.localnode.spring;

import org.jspecify.annotations.NullMarked;
