/**
 * Benchmarks of the starter against hand-built clients, each with its baseline in the same run.
 */
@NullMarked
package io.github.elasticstarter.benchmarks;

import org.jspecify.annotations.NullMarked;
