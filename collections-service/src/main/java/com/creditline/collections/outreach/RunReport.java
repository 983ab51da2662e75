package com.creditline.collections.outreach;

import java.time.Instant;
import java.time.LocalDate;

/** What one run of the processing step did, and at which business date and moment it decided. */
public record RunReport(
        LocalDate businessDate, Instant decidedAt, int promisesBroken, int sent, int deferred, int skipped) {

    boolean didAnything() {
        return promisesBroken + sent + deferred + skipped > 0;
    }
}
