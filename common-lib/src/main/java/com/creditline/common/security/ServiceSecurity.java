package com.creditline.common.security;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationManagerResolver;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import tools.jackson.databind.json.JsonMapper;

/**
 * A service trusts only tokens from the gateway and its peers: health and the API description are
 * open, {@code /internal/**} is for peer services, {@code /api/**} for authenticated callers, and
 * each endpoint says with {@code @PreAuthorize} and {@link Access} who exactly may call it.
 * Everything else is refused. A client of another service's internal API adds
 * {@link ServiceTokens} as a request interceptor; nothing adds it implicitly, so that the token
 * never travels to an outside address (a partner's webhook).
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
@EnableConfigurationProperties(TrustSettings.class)
public class ServiceSecurity {

    private static final Logger log = LoggerFactory.getLogger(ServiceSecurity.class);

    @Bean
    AuthenticationManagerResolver<HttpServletRequest> trustedIssuers(TrustSettings trust) {
        if (trust.usesLocalKeys()) {
            log.warn("using the local development keys for caller and service tokens; replace them in any deployment");
        }
        return TrustedIssuers.resolver(PemKeys.publicKey(trust.callerTokenPublicKey()), trust.serviceTokenSecret());
    }

    @Bean
    SecurityFilterChain serviceSecurityFilterChain(
            HttpSecurity http, AuthenticationManagerResolver<HttpServletRequest> trustedIssuers, JsonMapper json)
            throws Exception {
        RefusalAnswers refusals = new RefusalAnswers(json);
        http.csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(AbstractHttpConfigurer::disable)
                .authorizeHttpRequests(requests -> requests.requestMatchers(
                                "/actuator/health",
                                "/actuator/health/**",
                                "/actuator/info",
                                "/actuator/prometheus",
                                "/v3/api-docs",
                                "/v3/api-docs/**",
                                "/error")
                        .permitAll()
                        .requestMatchers("/internal/**")
                        .hasRole(Access.SERVICE_ROLE)
                        .requestMatchers("/api/**")
                        .authenticated()
                        .anyRequest()
                        .denyAll())
                .oauth2ResourceServer(resource -> resource.authenticationManagerResolver(trustedIssuers)
                        .authenticationEntryPoint(refusals)
                        .accessDeniedHandler(refusals))
                .exceptionHandling(e -> e.authenticationEntryPoint(refusals).accessDeniedHandler(refusals));
        return http.build();
    }

    /** This service's own token, for its calls to peers' internal endpoints. */
    @Bean
    ServiceTokens serviceTokens(TrustSettings trust, @Value("${spring.application.name}") String serviceName) {
        return new ServiceTokens(trust.serviceTokenSecret(), serviceName, Clock.systemUTC());
    }

    @Bean
    WebMvcConfigurer callerParameters() {
        return new WebMvcConfigurer() {
            @Override
            public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
                resolvers.add(new CallerArgumentResolver());
            }
        };
    }
}
