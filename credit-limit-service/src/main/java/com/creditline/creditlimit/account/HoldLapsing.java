package com.creditline.creditlimit.account;

import com.creditline.common.time.BusinessClock;
import com.creditline.creditlimit.account.model.Hold;
import java.time.LocalDate;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Releases holds not captured within their lifetime, by business date: each once, with a
 * {@code HoldLapsed} event. Runs every minute (the business date may have moved) and on demand.
 */
@Component
class HoldLapsing {

    private static final Logger log = LoggerFactory.getLogger(HoldLapsing.class);

    private final CreditLineServicing lines;
    private final Holds holds;
    private final BusinessClock clock;

    HoldLapsing(CreditLineServicing lines, Holds holds, BusinessClock clock) {
        this.lines = lines;
        this.holds = holds;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${creditline.credit-line.lapse-check-interval:60s}", initialDelay = 10_000)
    @SchedulerLock(
            name = "hold-lapsing",
            lockAtLeastFor = "${creditline.credit-line.lapse-check-interval:60s}",
            lockAtMostFor = "15m")
    void lapseOnSchedule() {
        int lapsed = lapseExpired(clock.businessDate());
        if (lapsed > 0) {
            log.info("released {} hold(s) not captured in time", lapsed);
        }
    }

    int lapseExpired(LocalDate date) {
        int lapsed = 0;
        for (Hold expired : holds.findExpiredOn(date)) {
            lapsed += lines.lapseHold(expired.orderId(), date) ? 1 : 0;
        }
        return lapsed;
    }
}
