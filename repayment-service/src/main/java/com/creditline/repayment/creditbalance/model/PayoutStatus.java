package com.creditline.repayment.creditbalance.model;

/** REQUESTED until the provider answers; then PAID, or FAILED (the money is the customer's credit again). */
public enum PayoutStatus {
    REQUESTED,
    PAID,
    FAILED
}
