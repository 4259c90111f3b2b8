package io.github.elasticstarter.localnode.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a {@link io.github.elasticstarter.localnode.LocalElasticsearch} parameter resolved by
 * {@link LocalElasticsearchExtension}: inject the shared HTTPS node instead of the plain-HTTP one.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
public @interface Https {
}
