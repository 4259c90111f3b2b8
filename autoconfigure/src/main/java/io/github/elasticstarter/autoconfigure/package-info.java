/**
 * Auto-configuration of the official Elasticsearch Java client from the {@code elastic.*} properties: the
 * properties, the connection details, the customizer and the failure analysis.
 */
@NullMarked
package io.github.elasticstarter.autoconfigure;

import org.jspecify.annotations.NullMarked;
