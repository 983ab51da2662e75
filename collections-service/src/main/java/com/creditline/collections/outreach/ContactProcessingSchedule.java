package com.creditline.collections.outreach;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs the processing step every {@code collections.contact.processing.interval} (60 s by default);
 * {@code collections.contact.processing.enabled=false} turns it off, leaving the ops endpoint.
 */
@Component
@ConditionalOnProperty(name = "collections.contact.processing.enabled", havingValue = "true", matchIfMissing = true)
class ContactProcessingSchedule {

    private static final Logger log = LoggerFactory.getLogger(ContactProcessingSchedule.class);

    private final ContactProcessing processing;

    ContactProcessingSchedule(ContactProcessing processing) {
        this.processing = processing;
    }

    @Scheduled(
            fixedDelayString = "${collections.contact.processing.interval:60s}",
            initialDelayString = "${collections.contact.processing.interval:60s}")
    @SchedulerLock(
            name = "contact-processing",
            lockAtLeastFor = "${collections.contact.processing.interval:60s}",
            lockAtMostFor = "30m")
    void runOnSchedule() {
        try {
            RunReport report = processing.run();
            if (report.didAnything()) {
                log.info(
                        "contact processing: {} sent, {} deferred, {} skipped, {} promise(s) broken",
                        report.sent(),
                        report.deferred(),
                        report.skipped(),
                        report.promisesBroken());
            }
        } catch (RuntimeException e) {
            log.warn("contact processing failed; the next run tries again", e);
        }
    }
}
