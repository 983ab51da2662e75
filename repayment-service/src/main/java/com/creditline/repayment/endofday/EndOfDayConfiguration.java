package com.creditline.repayment.endofday;

import com.creditline.common.time.BusinessClock;
import com.creditline.repayment.plan.model.LateFeePolicy;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * End of day's settings, the late-fee policy it applies, and its schedule unless {@code
 * creditline.end-of-day.schedule-enabled=false}.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({EndOfDayProperties.class, LateFeeSettings.class})
class EndOfDayConfiguration {

    @Bean
    LateFeePolicy lateFeePolicy(LateFeeSettings settings) {
        return settings.policy();
    }

    @Configuration(proxyBeanMethods = false)
    @EnableScheduling
    @ConditionalOnProperty(name = "creditline.end-of-day.schedule-enabled", havingValue = "true", matchIfMissing = true)
    static class Scheduled {

        @Bean
        EndOfDaySchedule endOfDaySchedule(EndOfDay endOfDay, BusinessClock clock) {
            return new EndOfDaySchedule(endOfDay, clock);
        }
    }
}
