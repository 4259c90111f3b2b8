/**
 * One client as the application uses it: where a Cloud ID points, and the life cycle of a
 * client's connection pool and beans (started with the application context, paused for a
 * checkpoint, closed last).
 */
@NullMarked
package io.github.elasticstarter.client;

import org.jspecify.annotations.NullMarked;
