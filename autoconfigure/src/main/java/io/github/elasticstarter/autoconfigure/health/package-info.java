/**
 * Auto-configuration of the {@code elastic} health indicator.
 */
@NullMarked
package io.github.elasticstarter.autoconfigure.health;

import org.jspecify.annotations.NullMarked;
