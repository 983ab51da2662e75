package com.creditline.common.autoconfigure;

import com.creditline.common.security.ServiceSecurity;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.security.config.observation.SecurityObservationSettings;

/** A servlet service trusts only the gateway's caller tokens and its peers' service tokens. */
@AutoConfiguration
@ConditionalOnClass(name = "org.springframework.security.config.observation.SecurityObservationSettings")
public class ServiceSecurityAutoConfiguration {

    /**
     * Spring Security observes every filter of its chain (an observation per filter per request)
     * when an observation registry exists. The platform exports no traces, and the request itself is
     * already measured ({@code http.server.requests}); under load those observations were a
     * noticeable share of each request's CPU, so they are off.
     */
    @Bean
    @ConditionalOnMissingBean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    @ConditionalOnClass(name = "org.springframework.security.web.SecurityFilterChain")
    @Import(ServiceSecurity.class)
    static class Servlet {}
}
