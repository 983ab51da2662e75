package com.creditline.common.autoconfigure;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Hourly clean-up of what common-lib keeps for a while: sent outbox rows, expired idempotency
 * keys. Each task is a named statement that returns how many rows it removed.
 */
class Housekeeping implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(Housekeeping.class);

    /** One clean-up task. */
    record Task(String name, java.util.function.IntSupplier run) {}

    private final List<Task> tasks;
    private final Duration every;
    private ScheduledExecutorService scheduler;

    Housekeeping(List<Task> tasks, Duration every) {
        this.tasks = tasks;
        this.every = every;
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
        scheduler.scheduleWithFixedDelay(this::runAll, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
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
