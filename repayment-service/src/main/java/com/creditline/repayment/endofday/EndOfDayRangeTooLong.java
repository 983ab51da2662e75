package com.creditline.repayment.endofday;

import com.creditline.common.error.RuleViolation;
import java.time.LocalDate;

/** One request may process only so many business dates. */
class EndOfDayRangeTooLong extends RuleViolation {

    EndOfDayRangeTooLong(LocalDate from, LocalDate through, int max) {
        super("End of day from " + from + " through " + through + " is more than " + max
                + " business dates; run it in steps.");
    }
}
