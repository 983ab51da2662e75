package com.creditline.common.test;

import com.creditline.common.autoconfigure.BusinessTimeAutoConfiguration;
import com.creditline.common.autoconfigure.ServiceSecurityAutoConfiguration;
import com.creditline.common.autoconfigure.WebAutoConfiguration;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.core.annotation.AliasFor;

/**
 * A web slice of a service: its controllers (those named, or all) on MockMvc, with what every
 * service's web layer has in production, from common-lib's auto-configuration: the gateway-token
 * security with its 401/403 problems, {@code @PreAuthorize}, the {@code Caller} argument, the
 * problem responses and the correlation id. No database, no broker: the test replaces the
 * controllers' services with {@code @MockitoBean}s, and calls with {@link TestCallers}' tokens.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@WebMvcTest
@ImportAutoConfiguration({
    WebAutoConfiguration.class,
    ServiceSecurityAutoConfiguration.class,
    BusinessTimeAutoConfiguration.class
})
public @interface ServiceWebSlice {

    /** The controllers to slice; all of the service's when none are named. */
    @AliasFor(annotation = WebMvcTest.class, attribute = "controllers")
    Class<?>[] value() default {};
}
