package com.creditline.repayment.funderbooks;

import com.creditline.common.error.RuleViolation;
import java.time.LocalDate;

/** A statement is of a business date that has begun: a closed one, or today's so far. */
class StatementDateInFuture extends RuleViolation {

    StatementDateInFuture(LocalDate date, LocalDate businessDate) {
        super("There is no statement of " + date + " yet: the business date is " + businessDate
                + "; ask for a closed business date or today's.");
    }
}
