/**
 * The sample city search service on the starter's client.
 */
@NullMarked
package io.github.elasticstarter.sample;

import org.jspecify.annotations.NullMarked;
