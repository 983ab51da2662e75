package com.creditline.collections.contact;

import com.creditline.collections.contact.model.ContactRules;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The contact rules, from configuration. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ContactProperties.class)
class ContactConfiguration {

    @Bean
    ContactRules contactRules(ContactProperties properties) {
        return properties.rules();
    }
}
