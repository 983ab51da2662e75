package com.creditline.repayment.endofday;

import com.creditline.common.error.RuleViolation;
import java.time.LocalDate;

/** End of day asked to run further past today's calendar date than is allowed without saying so. */
class EndOfDayAheadOfCalendar extends RuleViolation {

    EndOfDayAheadOfCalendar(LocalDate runThrough, LocalDate calendarDate, int maxDaysAhead) {
        super("End of day through " + runThrough + " would run more than " + maxDaysAhead
                + " day(s) past today's calendar date " + calendarDate + "; if that is meant (a test or a demo),"
                + " send \"allowAheadOfCalendar\": true.");
    }
}
