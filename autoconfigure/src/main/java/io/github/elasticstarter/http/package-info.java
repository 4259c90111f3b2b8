/**
 * The HTTP layer under the client: the HttpClient 5 client each connection pool is built with
 * (and built again after a restart), retries on the same node and which requests are safe to
 * send again, request bodies sent in few large writes, and failures explained in terms of
 * Elasticsearch. {@link io.github.elasticstarter.http.ElasticClientBuilderCustomizer} is how an
 * application changes any of it.
 */
@NullMarked
package io.github.elasticstarter.http;

import org.jspecify.annotations.NullMarked;
