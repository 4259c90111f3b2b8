package io.github.elasticstarter.localnode.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Marks a test class whose constructors, test and lifecycle methods may take
 * {@link io.github.elasticstarter.localnode.LocalElasticsearch} parameters: the shared plain-HTTP node, or the shared
 * HTTPS node for parameters annotated with {@link Https}.
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.TYPE, ElementType.ANNOTATION_TYPE })
@ExtendWith(LocalElasticsearchExtension.class)
public @interface LocalElasticsearchTest {
}
