package com.creditline.repayment.endofday;

import com.creditline.common.time.BusinessClock;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

/**
 * Stops an operator from moving the business date far past the calendar by mistake (a mistyped
 * year): a run through more than {@code creditline.end-of-day.max-days-ahead-of-calendar} days after
 * today's calendar date is refused unless the request says it means it, as tests and demos do.
 */
@Component
class EndOfDayCalendarGuard {

    private final BusinessClock clock;
    private final int maxDaysAhead;

    EndOfDayCalendarGuard(BusinessClock clock, EndOfDayProperties properties) {
        this.clock = clock;
        this.maxDaysAhead = properties.maxDaysAheadOfCalendar();
    }

    void check(LocalDate runThrough, boolean allowAheadOfCalendar) {
        LocalDate calendarDate = clock.calendarDate();
        if (!allowAheadOfCalendar && runThrough.isAfter(calendarDate.plusDays(maxDaysAhead))) {
            throw new EndOfDayAheadOfCalendar(runThrough, calendarDate, maxDaysAhead);
        }
    }
}
