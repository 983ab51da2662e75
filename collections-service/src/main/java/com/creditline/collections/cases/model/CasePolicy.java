package com.creditline.collections.cases.model;

/**
 * The thresholds of a case: days past due at which the account is frozen, and how far ahead a
 * promise to pay may be dated. The charge-off point is not here: repayment-service decides it.
 */
public record CasePolicy(int freezeAtDaysPastDue, int promiseMaxDaysAhead) {

    public static final CasePolicy DEFAULT = new CasePolicy(90, 30);

    public CasePolicy {
        if (freezeAtDaysPastDue < 1) {
            throw new IllegalArgumentException("freeze at 1 or more days past due: " + freezeAtDaysPastDue);
        }
        if (promiseMaxDaysAhead < 0) {
            throw new IllegalArgumentException("a promise horizon cannot be negative: " + promiseMaxDaysAhead);
        }
    }
}
