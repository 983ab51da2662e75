package com.creditline.common.autoconfigure;

import com.creditline.common.web.CorrelationIdFilter;
import com.creditline.common.web.ProblemResponses;
import com.creditline.common.web.QueryEncodingFilter;
import com.creditline.common.web.StrictJson;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import tools.jackson.databind.json.JsonMapper;

/**
 * The web edge every service shares: strict JSON; in a servlet app, RFC 9457 problem responses,
 * the correlation id on every request, and a 400 for a query string that is not well encoded.
 */
@AutoConfiguration
public class WebAutoConfiguration {

    @Bean
    @ConditionalOnClass(name = "org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer")
    StrictJson strictJson() {
        return new StrictJson();
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    static class Servlet {

        @Bean
        FilterRegistrationBean<CorrelationIdFilter> correlationIdFilter() {
            FilterRegistrationBean<CorrelationIdFilter> registration =
                    new FilterRegistrationBean<>(new CorrelationIdFilter());
            registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
            return registration;
        }

        /** Right after the correlation id, so that its problem names it. */
        @Bean
        FilterRegistrationBean<QueryEncodingFilter> queryEncodingFilter(JsonMapper json) {
            FilterRegistrationBean<QueryEncodingFilter> registration =
                    new FilterRegistrationBean<>(new QueryEncodingFilter(json));
            registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
            return registration;
        }

        @Bean
        @ConditionalOnMissingBean
        ProblemResponses problemResponses() {
            return new ProblemResponses();
        }
    }
}
