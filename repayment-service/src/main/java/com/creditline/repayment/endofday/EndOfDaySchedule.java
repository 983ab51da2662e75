package com.creditline.repayment.endofday;

import com.creditline.common.time.BusinessClock;
import java.time.LocalDate;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Runs end of day by itself, by default at 00:10 Asia/Shanghai, through the calendar date that
 * has just begun (catching up any date missed while the service was down). One replica runs a
 * night's tick (the scheduled job lock); should two runs meet anyway (the schedule and an
 * operator's run), each date is still claimed once.
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
    // Held 5 minutes at least, so that a replica whose clock is a little behind does not start the
    // same night again after the first finished; at most 12 hours, longer than any run and short of
    // the next night's tick.
    @SchedulerLock(name = "end-of-day", lockAtLeastFor = "5m", lockAtMostFor = "12h")
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
