/**
 * What the runtime's option classes share: {@link io.github.elasticstarter.options.InvalidOptionException},
 * the option out of range that names itself.
 */
@NullMarked
package io.github.elasticstarter.options;

import org.jspecify.annotations.NullMarked;
