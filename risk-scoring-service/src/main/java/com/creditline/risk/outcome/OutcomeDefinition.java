package com.creditline.risk.outcome;

import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * The platform's definition of how a loan turned out, over the first 12 months on book:
 * <ul>
 *   <li><b>bad</b>: 90 or more days past due, or charged off, within the 12 months;
 *   <li><b>good</b>: 12 months on book without reaching 30 days past due, or paid off before that
 *       without reaching 30;
 *   <li><b>indeterminate</b>: 12 months on book, the worst between 30 and 89 days past due;
 *   <li>otherwise not known yet.
 * </ul>
 */
public final class OutcomeDefinition {

    public static final int WINDOW_MONTHS = 12;
    static final int BAD_DAYS_PAST_DUE = 90;
    static final int GOOD_BELOW_DAYS_PAST_DUE = 30;

    private OutcomeDefinition() {}

    public static Optional<LoanOutcome> label(PerformanceWindow w) {
        if (w.chargedOffInWindow() || w.worstDaysPastDue() >= BAD_DAYS_PAST_DUE) {
            return Optional.of(LoanOutcome.BAD);
        }
        boolean neverLate = w.worstDaysPastDue() < GOOD_BELOW_DAYS_PAST_DUE;
        if (ChronoUnit.MONTHS.between(w.approvedOn(), w.asOf()) >= WINDOW_MONTHS) {
            return Optional.of(neverLate ? LoanOutcome.GOOD : LoanOutcome.INDETERMINATE);
        }
        return w.paidOff() && neverLate ? Optional.of(LoanOutcome.GOOD) : Optional.empty();
    }
}
