package com.creditline.common.autoconfigure;

import com.creditline.common.idempotency.IdempotencyFilter;
import com.creditline.common.idempotency.IdempotencyKeys;
import com.creditline.common.time.BusinessClock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code Idempotency-Key} on money-moving POSTs: the keys, kept in the service's database, and in a
 * servlet app the filter that replays an answer for a key seen before.
 */
@AutoConfiguration(
        afterName = {
            "org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration",
            "org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration"
        })
@EnableConfigurationProperties(IdempotencyProperties.class)
public class IdempotencyAutoConfiguration {

    /** The filter's registration, by the name other configurations may look for. */
    static final String FILTER_BEAN = "idempotencyFilter";

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(JdbcTemplate.class)
    @ConditionalOnBean({JdbcTemplate.class, JsonMapper.class})
    static class Keys {

        @Bean
        IdempotencyKeys idempotencyKeys(JdbcTemplate jdbc, IdempotencyProperties properties) {
            return new IdempotencyKeys(jdbc, properties.keepFor(), properties.abandonedAfter());
        }
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    static class Filter {

        /**
         * After the caller is authenticated (Spring Security's filters run at -100), so that keys
         * are scoped to the verified caller. Only where the service has a database to keep the
         * keys in.
         */
        @Bean(FILTER_BEAN)
        FilterRegistrationBean<IdempotencyFilter> idempotencyFilter(
                ObjectProvider<IdempotencyKeys> keys, BusinessClock clock) {
            IdempotencyKeys store = keys.getIfAvailable();
            FilterRegistrationBean<IdempotencyFilter> registration =
                    new FilterRegistrationBean<>(new IdempotencyFilter(store, clock));
            registration.setOrder(-90);
            registration.setEnabled(store != null);
            return registration;
        }
    }
}
