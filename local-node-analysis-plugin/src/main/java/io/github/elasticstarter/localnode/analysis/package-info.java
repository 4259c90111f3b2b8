/**
 * The local node's analysis plugin.
 */
@NullMarked
package io.github.elasticstarter.localnode.analysis;

import org.jspecify.annotations.NullMarked;
