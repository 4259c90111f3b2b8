/**
 * The curl log: with the logger {@value CurlLogExecHandler#LOGGER_NAME} at DEBUG, each
 * request the client sends is written as a runnable {@code curl} command, followed by its
 * response status and time, with the {@code Authorization} header and every configured secret
 * replaced by a shell variable.
 */
@NullMarked
package io.github.elasticstarter.curl;

import org.jspecify.annotations.NullMarked;
