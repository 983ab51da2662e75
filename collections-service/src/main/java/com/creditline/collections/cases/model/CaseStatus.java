package com.creditline.collections.cases.model;

/** Where a collections case stands. */
public enum CaseStatus {
    /** The customer is delinquent and the case is worked. */
    OPEN,
    /** The arrears were cured; the case is over. */
    CLOSED,
    /**
     * repayment-service charged the customer's loans off (at 180 days past due by default): no more
     * escalation or contacts; payments still come in as recoveries.
     */
    CHARGED_OFF
}
