/**
 * The {@code elastic} health indicator, on the cluster's health.
 */
@NullMarked
package io.github.elasticstarter.autoconfigure.health;

import org.jspecify.annotations.NullMarked;
