package com.creditline.repayment.endofday;

import com.creditline.common.time.BusinessClock;
import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Runs end of day by itself, by default at 00:10 Asia/Shanghai, through the calendar date that
 * has just begun (catching up any date missed while the service was down). Several replicas may
 * run it at once: each date is claimed once.
 */
class EndOfDaySchedule {

    private static final Logger log = LoggerFactory.getLogger(EndOfDaySchedule.class);

    private final EndOfDay endOfDay;
    private final BusinessClock clock;

    EndOfDaySchedule(EndOfDay endOfDay, BusinessClock clock) {
        this.endOfDay = endOfDay;
        this.clock = clock;
    }

    @Scheduled(
            cron = "${creditline.end-of-day.cron:0 10 0 * * *}",
            zone = "${creditline.end-of-day.zone:Asia/Shanghai}")
    void run() {
        LocalDate calendarDate = clock.calendarDate();
        try {
            endOfDay.runThrough(calendarDate, "schedule");
        } catch (RuntimeException e) {
            // The next run (or an operator) picks up from the last date processed.
            log.error("scheduled end of day through {} failed", calendarDate, e);
        }
    }
}
