package com.creditline.collections.cases;

import com.creditline.collections.cases.model.CasePolicy;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The case policy, from configuration. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CaseProperties.class)
class CaseConfiguration {

    @Bean
    CasePolicy casePolicy(CaseProperties properties) {
        return properties.policy();
    }
}
