package com.creditline.common.testapp;

import com.creditline.common.test.RealInfrastructure;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;

/** The notes test app on a random port and real infrastructure, in its own schema: one context for the web tests. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
        classes = OutboxTestApplication.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "spring.application.name=common-lib-idempotency-test",
            "spring.flyway.schemas=common_idem",
            "spring.flyway.locations=classpath:db/common,classpath:db/testapp",
            "spring.datasource.hikari.schema=common_idem"
        })
@RealInfrastructure
@interface NotesApp {}
