/**
 * Testcontainers service connections to an Elasticsearch container.
 */
@NullMarked
package io.github.elasticstarter.autoconfigure.testcontainers;

import org.jspecify.annotations.NullMarked;
