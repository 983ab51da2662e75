package com.creditline.events.repayment;

/** The topics repayment-service publishes to; every message is keyed by customer id. */
public final class RepaymentTopics {

    /** Payments, principal reductions, delinquency, reminders due, on-time streaks. */
    public static final String LEDGER = "repayment.ledger.v1";

    private RepaymentTopics() {}
}
