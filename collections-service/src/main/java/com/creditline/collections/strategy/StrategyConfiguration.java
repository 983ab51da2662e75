package com.creditline.collections.strategy;

import com.creditline.collections.strategy.model.ReminderStrategy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Builds the reminder strategy from configuration. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(StrategyProperties.class)
class StrategyConfiguration {

    private static final Logger log = LoggerFactory.getLogger(StrategyConfiguration.class);

    @Bean
    ReminderStrategy reminderStrategy(StrategyProperties properties) {
        ReminderStrategy strategy = new ReminderStrategy(properties.steps());
        if (strategy.steps().isEmpty()) {
            log.warn("the reminder strategy has no steps: no reminder or escalation will be sent");
        }
        return strategy;
    }
}
