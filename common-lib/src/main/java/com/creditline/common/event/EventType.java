package com.creditline.common.event;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Names an event's wire type and schema version. Without it, the type is the record's simple name
 * and the version 1. Raise the version when a field changes meaning or is removed.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface EventType {

    String name() default "";

    int version() default 1;
}
