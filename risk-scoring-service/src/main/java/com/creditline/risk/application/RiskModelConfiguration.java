package com.creditline.risk.application;

import com.creditline.risk.scoring.PointsScorecard;
import com.creditline.risk.scoring.RiskModel;
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
