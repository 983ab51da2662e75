package com.creditline.common.autoconfigure;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import net.javacrumbs.shedlock.core.ClockProvider;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Hourly clean-up of what common-lib keeps for a while: sent outbox rows, expired idempotency
 * keys. Each task is a named statement that returns how many rows it removed. Like every scheduled
 * job, a round runs on one replica only: it takes the {@code housekeeping} lock for at least one
 * period, so the other replicas' rounds in that period skip.
 */
class Housekeeping implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(Housekeeping.class);

    /** One clean-up task. */
    record Task(String name, java.util.function.IntSupplier run) {}

    static final String LOCK = "housekeeping";

    /** Longer than a round can take; a round of a replica that died is taken over after it. */
    private static final Duration LONGEST_ROUND = Duration.ofMinutes(30);

    private final List<Task> tasks;
    private final Duration every;
    private final LockingTaskExecutor lock;
    private ScheduledExecutorService scheduler;

    Housekeeping(List<Task> tasks, Duration every, LockingTaskExecutor lock) {
        this.tasks = tasks;
        this.every = every;
        this.lock = lock;
    }

    /** One round, on this replica if no other replica ran one within the period. */
    void runOnce() {
        Duration atMost = every.compareTo(LONGEST_ROUND) > 0 ? every : LONGEST_ROUND;
        try {
            lock.executeWithLock(
                    (Runnable) this::runAll, new LockConfiguration(ClockProvider.now(), LOCK, atMost, every));
        } catch (RuntimeException e) {
            // An exception would cancel the executor's schedule for good: the next round tries again.
            log.warn("housekeeping could not take its lock: {}", e.toString());
        }
    }

    private void runAll() {
        for (Task task : tasks) {
            try {
                int removed = task.run().getAsInt();
                if (removed > 0) {
                    log.info("housekeeping removed {} {}", removed, task.name());
                }
            } catch (RuntimeException e) {
                log.warn("housekeeping could not remove {}: {}", task.name(), e.toString());
            }
        }
    }

    @Override
    public synchronized void start() {
        scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "housekeeping");
            t.setDaemon(true);
            return t;
        });
        scheduler.scheduleWithFixedDelay(this::runOnce, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void stop() {
        if (scheduler != null) {
            scheduler.shutdownNow();
            scheduler = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return scheduler != null;
    }
}
