package com.creditline.common.autoconfigure;

import io.micrometer.core.instrument.MeterRegistry;
import java.util.Optional;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The lock every scheduled job takes before a tick, so that a tick runs on one replica only: a row
 * per job in the service's {@code scheduled_job_lock} table, claimed by database time (ShedLock's
 * JDBC provider). Each tick is counted as {@code creditline.scheduled.job.runs} with the job's name
 * and whether this replica ran it or skipped it, so that the runs of all replicas add up to one a
 * tick.
 */
final class ScheduledJobLock implements LockProvider {

    static final String RUNS = "creditline.scheduled.job.runs";

    private static final Logger log = LoggerFactory.getLogger(ScheduledJobLock.class);

    private final LockProvider table;
    private final MeterRegistry meters;

    ScheduledJobLock(LockProvider table, MeterRegistry meters) {
        this.table = table;
        this.meters = meters;
    }

    @Override
    public Optional<SimpleLock> lock(LockConfiguration job) {
        Optional<SimpleLock> lock = table.lock(job);
        String outcome = lock.isPresent() ? "ran" : "skipped";
        log.debug("scheduled job {} {} on this replica", job.getName(), outcome);
        // "job" would clash with the scrape target's own job label in Prometheus: job_name.
        meters.counter(RUNS, "job.name", job.getName(), "outcome", outcome).increment();
        return lock;
    }
}
