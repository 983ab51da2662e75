package com.creditline.repayment.funding;

import com.creditline.repayment.funding.model.FundingTermsRules;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(FundingProperties.class)
class FundingConfiguration {

    @Bean
    FundingTermsRules fundingTermsRules(FundingProperties properties) {
        return new FundingTermsRules(properties.platformMinimumShare());
    }
}
