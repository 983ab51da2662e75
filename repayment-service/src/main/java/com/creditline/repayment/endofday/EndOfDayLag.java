package com.creditline.repayment.endofday;

import com.creditline.common.time.BusinessClock;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.springframework.stereotype.Component;

/**
 * How many calendar dates end of day has still to close ({@value #DATES_PENDING}): 0 once the
 * night's run has closed today's date, 1 between midnight and the run, more when runs fail or do
 * not run at all. The alert on it catches an end of day that never started, which no failure
 * counter can.
 */
@Component
class EndOfDayLag {

    static final String DATES_PENDING = "creditline.end-of-day.dates.pending";

    EndOfDayLag(EndOfDay endOfDay, BusinessClock clock, MeterRegistry meters) {
        Gauge.builder(DATES_PENDING, () -> datesPending(endOfDay.nextDate(), clock.calendarDate()))
                .description("Calendar dates, up to today's, that end of day has not closed yet")
                .register(meters);
    }

    /** Dates from the next one to close through the calendar date; 0 when end of day is ahead. */
    static long datesPending(LocalDate nextToClose, LocalDate calendarDate) {
        return Math.max(0, ChronoUnit.DAYS.between(nextToClose, calendarDate) + 1);
    }
}
