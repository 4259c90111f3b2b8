/**
 * Coming from Spring Boot's own Elasticsearch support: the connection configured with
 * {@code spring.elasticsearch.*} or by a Spring Boot {@code ElasticsearchConnectionDetails} bean
 * (Docker Compose, Testcontainers) is used as is, so adding the starter changes nothing that
 * worked before.
 */
@NullMarked
package io.github.elasticstarter.autoconfigure.springboot;

import org.jspecify.annotations.NullMarked;
