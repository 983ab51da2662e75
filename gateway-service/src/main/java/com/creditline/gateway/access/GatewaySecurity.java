package com.creditline.gateway.access;

import com.creditline.common.security.CallerTokens;
import com.creditline.common.security.PemKeys;
import com.creditline.common.security.TrustSettings;
import com.creditline.common.security.VerifiedTokens;
import com.creditline.common.time.BusinessClock;
import com.creditline.gateway.ProblemWriter;
import com.creditline.gateway.audit.AdminAudit;
import com.creditline.gateway.audit.AuditLog;
import com.creditline.gateway.ratelimit.RateLimiting;
import com.creditline.gateway.ratelimit.TokenBuckets;
import java.time.Clock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableReactiveMethodSecurity;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.SecurityWebFiltersOrder;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.authentication.AuthenticationWebFilter;
import org.springframework.security.web.server.authentication.ServerAuthenticationEntryPointFailureHandler;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import reactor.core.publisher.Mono;

/**
 * The gateway's access rules, coarse by design (each service checks the exact right per endpoint):
 * open paths (token endpoint, health, API descriptions, the operations console's static pages, whose
 * data calls carry the staff member's token); admin paths for staff; partners only on
 * the partner paths (a merchant's key only on the merchant paths, a platform's key only on the
 * others); the rest of {@code /api} for the shop and staff. Then, in this order: the
 * caller's rate limit, and the audit record of an admin change.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebFluxSecurity
@EnableReactiveMethodSecurity
@EnableConfigurationProperties(TrustSettings.class)
class GatewaySecurity {

    static final String[] OPEN = {
        "/oauth2/token",
        "/actuator/health",
        "/actuator/health/**",
        "/actuator/prometheus",
        "/services/*/health",
        "/services/*/v3/api-docs",
        "/v3/api-docs/**",
        "/swagger-ui.html",
        "/swagger-ui/**",
        "/webjars/**",
        "/console",
        "/console/**"
    };

    @Bean
    CallerTokens callerTokens(TrustSettings trust) {
        return new CallerTokens(
                PemKeys.publicKey(trust.callerTokenPublicKey()),
                PemKeys.privateKey(trust.callerTokenPrivateKey()),
                Clock.systemUTC());
    }

    @Bean
    SecurityWebFilterChain gatewayFilterChain(
            ServerHttpSecurity http,
            ApiKeyAuthentication apiKeys,
            JwtCallerConverter jwtCallers,
            ReactiveJwtDecoder jwtDecoder,
            RefusalHandler refusals,
            TokenBuckets tokenBuckets,
            AuditLog auditLog,
            ProblemWriter problems,
            BusinessClock clock,
            @Value("${creditline.partner-paths}") String[] partnerPaths,
            @Value("${creditline.rate-limits.client}") int clientLimit,
            @Value("${creditline.rate-limits.staff}") int staffLimit,
            @Value("${creditline.rate-limits.anonymous}") int anonymousLimit) {
        RateLimiting rateLimiting = new RateLimiting(tokenBuckets, problems, clientLimit, staffLimit, anonymousLimit);
        AdminAudit adminAudit = new AdminAudit(auditLog, problems, clock);
        VerifiedTokens verified = new VerifiedTokens(Clock.systemUTC());
        ReactiveJwtDecoder rememberingDecoder = token -> {
            Jwt known = verified.remembered(token);
            return known != null
                    ? Mono.just(known)
                    : jwtDecoder.decode(token).map(jwt -> verified.remember(token, jwt));
        };
        AuthenticationWebFilter apiKeyFilter = new AuthenticationWebFilter(apiKeys);
        apiKeyFilter.setServerAuthenticationConverter(apiKeys::presented);
        apiKeyFilter.setAuthenticationFailureHandler(new ServerAuthenticationEntryPointFailureHandler(refusals));
        return http.csrf(ServerHttpSecurity.CsrfSpec::disable)
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .logout(ServerHttpSecurity.LogoutSpec::disable)
                .securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
                .authorizeExchange(exchanges -> exchanges
                        .pathMatchers(OPEN)
                        .permitAll()
                        .pathMatchers("/api/v1/admin/**")
                        .hasAnyRole(StaffRole.names())
                        .pathMatchers(PartnerKeyPaths.MERCHANT_PATHS)
                        .access(PartnerKeyPaths.merchantPaths())
                        .pathMatchers(partnerPaths)
                        .access(PartnerKeyPaths.platformPaths())
                        .pathMatchers("/api/**")
                        .hasAnyAuthority("KIND_CLIENT", "KIND_STAFF")
                        .anyExchange()
                        .permitAll())
                .addFilterAt(apiKeyFilter, SecurityWebFiltersOrder.AUTHENTICATION)
                .oauth2ResourceServer(resource -> resource.jwt(
                                jwt -> jwt.jwtDecoder(rememberingDecoder).jwtAuthenticationConverter(jwtCallers))
                        .authenticationEntryPoint(refusals)
                        .accessDeniedHandler(refusals))
                .exceptionHandling(e -> e.authenticationEntryPoint(refusals).accessDeniedHandler(refusals))
                .addFilterBefore(rateLimiting, SecurityWebFiltersOrder.AUTHORIZATION)
                .addFilterAfter(adminAudit, SecurityWebFiltersOrder.AUTHORIZATION)
                .build();
    }
}
