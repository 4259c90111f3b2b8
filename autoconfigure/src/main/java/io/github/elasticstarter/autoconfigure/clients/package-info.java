/**
 * Several named clients in one application, from {@code elastic.clients.<name>.*}: each with
 * its own connection pool, {@code @Qualifier("<name>")} beans, health component and metric tag.
 */
@NullMarked
package io.github.elasticstarter.autoconfigure.clients;

import org.jspecify.annotations.NullMarked;
