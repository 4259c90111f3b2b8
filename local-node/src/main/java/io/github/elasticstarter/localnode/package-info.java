/**
 * A real, secured Elasticsearch node on this machine, without Docker, for development and tests.
 */
@NullMarked
package io.github.elasticstarter.localnode;

import org.jspecify.annotations.NullMarked;
