package com.creditline.common.autoconfigure;

import io.micrometer.core.instrument.MeterRegistry;
import java.lang.management.ManagementFactory;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Scheduled jobs run once across replicas (docs/replicas.md): a service annotates a job's
 * {@code @Scheduled} method with {@code @SchedulerLock(name = ...)} and the tick runs on whichever
 * replica claims the job's row in its own {@code scheduled_job_lock} table first; the others skip
 * it. The lock's times come from the database, so replicas' clocks need not agree, and never from
 * the business clock, which moves by end of day.
 *
 * <p>A job holds its lock for at least its own interval (the same property as its schedule): the
 * other replicas' ticks within that interval skip, while its own next tick, one interval plus the
 * run's time after it started (fixed delay), finds the lock free. At most: longer than its worst
 * run, and never shorter than the interval (ShedLock refuses a minimum above the maximum).
 */
@AutoConfiguration(
        afterName = {
            "org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration",
            "org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration"
        })
@ConditionalOnClass({JdbcTemplate.class, JdbcTemplateLockProvider.class})
@ConditionalOnBean(JdbcTemplate.class)
// A job that does not say how long it may hold its lock: released after 10 minutes if its replica dies.
@EnableSchedulerLock(defaultLockAtMostFor = "10m")
public class ScheduledJobLockAutoConfiguration {

    static final String TABLE = "scheduled_job_lock";

    @Bean
    @ConditionalOnMissingBean
    LockProvider scheduledJobLock(JdbcTemplate jdbc, ObjectProvider<MeterRegistry> meters) {
        return new ScheduledJobLock(
                new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                        .withJdbcTemplate(jdbc)
                        .withTableName(TABLE)
                        .usingDbTime()
                        // pid@host: two replicas on one machine (the local platform) still differ.
                        .withLockedByValue(ManagementFactory.getRuntimeMXBean().getName())
                        .build()),
                Meters.of(meters));
    }

    /** For a job that is not a {@code @Scheduled} bean method, such as housekeeping. */
    @Bean
    @ConditionalOnMissingBean
    LockingTaskExecutor scheduledJobs(LockProvider scheduledJobLock) {
        return new DefaultLockingTaskExecutor(scheduledJobLock);
    }
}
