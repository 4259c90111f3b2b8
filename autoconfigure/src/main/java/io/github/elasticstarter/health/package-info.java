/**
 * The {@code elastic} health indicator, on the cluster's health.
 */
@NullMarked
package io.github.elasticstarter.health;

import org.jspecify.annotations.NullMarked;
