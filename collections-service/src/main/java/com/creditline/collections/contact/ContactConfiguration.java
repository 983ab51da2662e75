package com.creditline.collections.contact;

import com.creditline.common.time.BusinessClock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The contact rules and the contact clock, from configuration and the business clock. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ContactProperties.class)
class ContactConfiguration {

    @Bean
    ContactRules contactRules(ContactProperties properties) {
        return properties.rules();
    }

    @Bean
    ContactClock contactClock(BusinessClock clock) {
        return new ContactClock(clock);
    }
}
