package com.creditline.repayment.merchantloan;

import com.creditline.common.error.RuleViolation;
import java.time.LocalDate;
import java.time.YearMonth;

/** A monthly statement is of a month that has begun: a past one, or the business date's (so far). */
class StatementMonthInFuture extends RuleViolation {

    StatementMonthInFuture(YearMonth month, LocalDate businessDate) {
        super("There is no statement of " + month + " yet: the business date is " + businessDate
                + "; ask for a past month or the current one.");
    }
}
