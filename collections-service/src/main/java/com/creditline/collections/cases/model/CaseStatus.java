package com.creditline.collections.cases.model;

/** Where a collections case stands. */
public enum CaseStatus {
    /** The customer is delinquent and the case is worked. */
    OPEN,
    /** The arrears were cured; the case is over. */
    CLOSED,
    /** The debt was charged off at 180 days past due; payments still come in as recoveries. */
    CHARGED_OFF
}
