package com.creditline.collections.cases.model;

/**
 * The thresholds of a case: days past due at which the account is frozen and at which the debt is
 * charged off, and how far ahead a promise to pay may be dated.
 */
public record CasePolicy(int freezeAtDaysPastDue, int chargeOffAtDaysPastDue, int promiseMaxDaysAhead) {

    public static final CasePolicy DEFAULT = new CasePolicy(90, 180, 30);

    public CasePolicy {
        if (freezeAtDaysPastDue < 1 || chargeOffAtDaysPastDue < freezeAtDaysPastDue) {
            throw new IllegalArgumentException("freeze at 1 or more days past due, and charge off no earlier: "
                    + freezeAtDaysPastDue + ", " + chargeOffAtDaysPastDue);
        }
        if (promiseMaxDaysAhead < 0) {
            throw new IllegalArgumentException("a promise horizon cannot be negative: " + promiseMaxDaysAhead);
        }
    }
}
