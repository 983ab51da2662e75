package com.creditline.common.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Runs a Spring test against a real PostgreSQL and a real Kafka broker: containers when a Docker
 * engine answers, otherwise an embedded PostgreSQL (zonky) and an embedded KRaft broker. Both start
 * once per test JVM and are shared by every context; the test does not know which it got. Set the
 * system property {@code creditline.test.infrastructure} to {@code embedded} or {@code containers}
 * to choose.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
public @interface RealInfrastructure {

    /** False for a test that brings its own Kafka (for instance, one that starts it late). */
    boolean kafka() default true;
}
