package com.creditline.checkout.order;

import org.slf4j.Logger;

/**
 * One step of a recovery run (orders' and cash draws'): tried once, logged as recovered or, if it
 * failed, left for the next run. The log is the caller's, so each recovery logs under its own name.
 */
public final class RecoveryAttempt {

    private RecoveryAttempt() {}

    /** Runs the recovery of an unfinished {@code step}; a failure is logged and left for the next run. */
    public static void attempt(Logger log, String step, Runnable recovery) {
        try {
            recovery.run();
            log.info("recovered an unfinished {}", step);
        } catch (RuntimeException e) {
            log.warn("could not recover an unfinished {} yet: {}", step, e.toString());
        }
    }
}
