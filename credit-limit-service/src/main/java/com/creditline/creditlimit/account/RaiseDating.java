package com.creditline.creditlimit.account;

import com.creditline.common.id.CustomerId;
import com.creditline.common.time.BusinessClock;
import java.time.LocalDate;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Records on each line, once, the start of every temporary raise when the business date reaches
 * its first day and its lapse when the date passes its last day. Runs every minute (the business
 * date may have moved) and on demand; replicas may run it together: each line is recorded under
 * its row lock, and the second finds its raises recorded already.
 */
@Component
class RaiseDating {

    private static final Logger log = LoggerFactory.getLogger(RaiseDating.class);

    private final TemporaryRaising raising;
    private final TemporaryRaises raises;
    private final BusinessClock clock;

    RaiseDating(TemporaryRaising raising, TemporaryRaises raises, BusinessClock clock) {
        this.raising = raising;
        this.raises = raises;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${creditline.credit-line.raise-check-interval:60s}", initialDelay = 10_000)
    @SchedulerLock(
            name = "raise-dating",
            lockAtLeastFor = "${creditline.credit-line.raise-check-interval:60s}",
            lockAtMostFor = "15m")
    void recordOnSchedule() {
        int recorded = recordDue(clock.businessDate());
        if (recorded > 0) {
            log.info("recorded {} start(s) and lapse(s) of temporary raises", recorded);
        }
    }

    int recordDue(LocalDate date) {
        int recorded = 0;
        for (String customer : raises.customersWithRaiseDatesDue(date)) {
            recorded += raising.recordRaiseDates(CustomerId.of(customer), date);
        }
        return recorded;
    }
}
