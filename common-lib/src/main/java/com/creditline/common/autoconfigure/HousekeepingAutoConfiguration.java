package com.creditline.common.autoconfigure;

import com.creditline.common.idempotency.IdempotencyKeys;
import com.creditline.common.outbox.OutboxRelay;
import com.creditline.common.time.BusinessClock;
import java.util.List;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/** The regular clean-up of what the outbox and the idempotency keys keep for a while. */
@AutoConfiguration(
        after = {
            OutboxAutoConfiguration.class,
            IdempotencyAutoConfiguration.class,
            ScheduledJobLockAutoConfiguration.class
        })
@ConditionalOnBean({OutboxRelay.class, IdempotencyKeys.class})
@EnableConfigurationProperties(HousekeepingProperties.class)
public class HousekeepingAutoConfiguration {

    @Bean
    Housekeeping housekeeping(
            OutboxRelay relay,
            IdempotencyKeys idempotencyKeys,
            BusinessClock clock,
            HousekeepingProperties properties,
            LockingTaskExecutor scheduledJobs) {
        return new Housekeeping(
                List.of(
                        new Housekeeping.Task("sent outbox rows", relay::purgeSent),
                        new Housekeeping.Task(
                                "expired idempotency keys", () -> idempotencyKeys.purgeExpired(clock.now()))),
                properties.every(),
                scheduledJobs);
    }
}
