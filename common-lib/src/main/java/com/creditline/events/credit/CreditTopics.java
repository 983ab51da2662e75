package com.creditline.events.credit;

/** The topics credit-limit-service publishes to; every message is keyed by customer id. */
public final class CreditTopics {

    /** Account lifecycle: opening, limit and status changes, lapsed holds. */
    public static final String ACCOUNTS = "credit.accounts.v1";

    private CreditTopics() {}
}
