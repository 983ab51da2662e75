package com.creditline.common.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.creditline.common.testapp.OutboxApp;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import net.javacrumbs.shedlock.core.ClockProvider;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two replicas on one schema: the one that claims a job's row runs the tick, the other skips it;
 * a replica that died holding the lock gives it up after lockAtMostFor; each tick is counted.
 */
@OutboxApp
@Import(ScheduledJobLockIT.Jobs.class)
class ScheduledJobLockIT {

    @Autowired
    LockProvider thisReplica;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MeterRegistry meters;

    @Autowired
    Tick tick;

    @Test
    void shouldRunATickOnOneReplicaAndAgainAfterTheHolderDiedAndLockAtMostForPassed() {
        String job = "test-job-" + UUID.randomUUID();
        LockProvider otherReplica = replica("other-replica");

        Optional<SimpleLock> taken = otherReplica.lock(tick(job));
        assertThat(taken)
                .as("the other replica runs the tick (and dies holding the lock)")
                .isPresent();
        assertThat(thisReplica.lock(tick(job))).as("this replica skips it").isEmpty();

        await().atMost(Duration.ofSeconds(10))
                .pollInterval(Duration.ofMillis(200))
                .untilAsserted(() -> {
                    Optional<SimpleLock> again = thisReplica.lock(tick(job));
                    assertThat(again)
                            .as("after lockAtMostFor this replica runs it")
                            .isPresent();
                    again.get().unlock();
                });
        assertThat(runs(job, "ran")).isEqualTo(1);
        assertThat(runs(job, "skipped")).isGreaterThanOrEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT locked_by FROM scheduled_job_lock WHERE name = ?", String.class, job))
                .as("pid@host of this JVM")
                .contains("@");
    }

    @Test
    void shouldSkipAnAnnotatedJobCalledAgainWithinLockAtLeastFor() {
        jdbc.update("DELETE FROM scheduled_job_lock WHERE name = ?", Tick.NAME);
        int before = tick.runs();

        tick.onSchedule();
        tick.onSchedule();

        assertThat(tick.runs() - before).isEqualTo(1);
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM scheduled_job_lock WHERE name = ?"
                                + " AND lock_until > timezone('utc', CURRENT_TIMESTAMP)",
                        Integer.class,
                        Tick.NAME))
                .as("held until lockAtLeastFor, by database time")
                .isEqualTo(1);
    }

    @Test
    void shouldRunHousekeepingOnOneReplicaInAPeriod() {
        jdbc.update("DELETE FROM scheduled_job_lock WHERE name = ?", Housekeeping.LOCK);
        AtomicInteger rounds = new AtomicInteger();
        List<Housekeeping.Task> tasks = List.of(new Housekeeping.Task("test rows", rounds::incrementAndGet));
        Housekeeping here = new Housekeeping(tasks, Duration.ofHours(1), new DefaultLockingTaskExecutor(thisReplica));
        Housekeeping there =
                new Housekeeping(tasks, Duration.ofHours(1), new DefaultLockingTaskExecutor(replica("other-replica")));

        here.runOnce();
        there.runOnce();
        here.runOnce();

        assertThat(rounds).hasValue(1);
        jdbc.update("DELETE FROM scheduled_job_lock WHERE name = ?", Housekeeping.LOCK);
    }

    private LockProvider replica(String name) {
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(jdbc)
                .withTableName(ScheduledJobLockAutoConfiguration.TABLE)
                .usingDbTime()
                .withLockedByValue(name)
                .build());
    }

    /** A tick held for at most one second, released at once when it ends. */
    private static LockConfiguration tick(String job) {
        return new LockConfiguration(ClockProvider.now(), job, Duration.ofSeconds(1), Duration.ZERO);
    }

    private double runs(String job, String outcome) {
        var counter = meters.find(ScheduledJobLock.RUNS)
                .tags("job.name", job, "outcome", outcome)
                .counter();
        return counter == null ? 0 : counter.count();
    }

    /** A job as services write one: a package-private scheduled method under the lock. */
    static class Tick {

        static final String NAME = "test-tick";

        private final AtomicInteger runs = new AtomicInteger();

        @SchedulerLock(name = NAME, lockAtLeastFor = "30s", lockAtMostFor = "1m")
        void onSchedule() {
            runs.incrementAndGet();
        }

        /** A method, not the field: the bean is a proxy around the lock. */
        int runs() {
            return runs.get();
        }
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class Jobs {

        @Bean
        Tick tick() {
            return new Tick();
        }
    }
}
