package com.creditline.risk.application;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Chooses the model behind {@link RiskModel}. */
@Configuration(proxyBeanMethods = false)
class RiskModelConfiguration {

    @Bean
    RiskModel riskModel() {
        return new PointsScorecard();
    }
}
