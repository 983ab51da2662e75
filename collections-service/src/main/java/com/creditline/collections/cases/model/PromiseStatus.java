package com.creditline.collections.cases.model;

/** What became of a promise to pay. */
public enum PromiseStatus {
    /** Escalation waits until the promised date. */
    OPEN,
    /** The arrears were cured while the promise was open. */
    KEPT,
    /** The promised date passed and the customer is still delinquent; escalation resumes. */
    BROKEN,
    /** The case was charged off while the promise was open. */
    CANCELLED
}
