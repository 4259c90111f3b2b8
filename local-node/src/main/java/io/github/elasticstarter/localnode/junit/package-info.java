/**
 * JUnit support for tests on a local node.
 */
@NullMarked
package io.github.elasticstarter.localnode.junit;

import org.jspecify.annotations.NullMarked;
