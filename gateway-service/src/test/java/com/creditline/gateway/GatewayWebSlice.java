package com.creditline.gateway;

import com.creditline.common.autoconfigure.BusinessTimeAutoConfiguration;
import com.creditline.common.autoconfigure.WebAutoConfiguration;
import com.creditline.gateway.access.GatewaySecurityForSlices;
import com.creditline.gateway.audit.AuditLog;
import com.creditline.gateway.localissuer.IssuerTokens;
import com.creditline.gateway.localissuer.LocalIssuerKeysForSlices;
import com.creditline.gateway.partner.ApiKeyVerification;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.webflux.test.autoconfigure.WebFluxTest;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.AliasFor;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * A web slice of the gateway's own endpoints (the gateway runs on WebFlux, so common-lib's MVC
 * {@code ServiceWebSlice} does not fit it): the controllers named, on a {@code WebTestClient},
 * behind the gateway's own security chain as production builds it (bearer tokens of the local
 * issuer and API keys, the admin and partner path rules, {@code @PreAuthorize}, the 401/403
 * problems, the Audit-Reason rule) and with its problem advice and error handler. No database:
 * the API keys a partner presents and the audit log are mocks, and every rate-limit bucket has
 * room. The test replaces the controllers' services and repositories with {@code @MockitoBean}s
 * and calls with {@link IssuerTokens}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@WebFluxTest
@ImportAutoConfiguration({WebAutoConfiguration.class, BusinessTimeAutoConfiguration.class})
@Import({GatewaySecurityForSlices.class, LocalIssuerKeysForSlices.class, ProblemWriter.class})
@MockitoBean(types = {ApiKeyVerification.class, AuditLog.class})
public @interface GatewayWebSlice {

    /** The controllers to slice. */
    @AliasFor(annotation = WebFluxTest.class, attribute = "controllers")
    Class<?>[] value() default {};
}
