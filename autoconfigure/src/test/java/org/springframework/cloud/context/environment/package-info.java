/**
 * A stand-in for Spring Cloud's environment change event, for tests only.
 */
@NullMarked
package org.springframework.cloud.context.environment;

import org.jspecify.annotations.NullMarked;
