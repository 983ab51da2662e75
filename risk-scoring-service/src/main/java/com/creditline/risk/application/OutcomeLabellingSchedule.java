package com.creditline.risk.application;

import java.util.Optional;
import java.util.UUID;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Walks the approved applications not labelled yet, page by page, every hour. */
@Component
class OutcomeLabellingSchedule {

    private static final Logger log = LoggerFactory.getLogger(OutcomeLabellingSchedule.class);
    private static final int PAGE = 500;

    private final OutcomeLabelling labelling;

    OutcomeLabellingSchedule(OutcomeLabelling labelling) {
        this.labelling = labelling;
    }

    /** One replica a tick (docs/replicas.md); tests call {@link #labelAll()} itself, without the lock. */
    @Scheduled(
            fixedDelayString = "${creditline.risk.outcomes.every:1h}",
            initialDelayString = "${creditline.risk.outcomes.every:1h}")
    @SchedulerLock(
            name = "outcome-labelling",
            lockAtLeastFor = "${creditline.risk.outcomes.every:1h}",
            lockAtMostFor = "3h")
    void onSchedule() {
        labelAll();
    }

    void labelAll() {
        Optional<UUID> last = labelling.labelPage(new UUID(0, 0), PAGE);
        while (last.isPresent()) {
            last = labelling.labelPage(last.get(), PAGE);
        }
        log.info("outcomes: {}", labelling.counts());
    }
}
