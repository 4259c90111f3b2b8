package io.github.elasticstarter.insight;

import org.jspecify.annotations.Nullable;

/**
 * What the server says of itself.
 *
 * @param version its version, such as {@code 9.2.4}, or {@code null} when no endpoint told it
 * @param buildFlavor its build flavour ({@code default}, {@code serverless}), when it told it
 * @param source the request that told it, or why none did
 */
public record ServerInfo(@Nullable String version, @Nullable String buildFlavor, String source) {

}
