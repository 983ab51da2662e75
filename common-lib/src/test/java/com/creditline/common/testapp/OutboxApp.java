package com.creditline.common.testapp;

import com.creditline.common.test.RealInfrastructure;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;

/** The notes test app without a web server, in its own schema, relaying every 100 ms: one context for the outbox tests. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
        classes = OutboxTestApplication.class,
        properties = {
            "spring.application.name=common-lib-test",
            "spring.flyway.schemas=common_test",
            "spring.flyway.locations=classpath:db/common,classpath:db/testapp",
            "spring.datasource.hikari.schema=common_test",
            "creditline.outbox.poll-interval=100ms",
            "creditline.business-date.cache-for=0s"
        })
@RealInfrastructure
public @interface OutboxApp {}
