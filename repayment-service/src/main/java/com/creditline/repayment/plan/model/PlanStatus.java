package com.creditline.repayment.plan.model;

/**
 * ACTIVE while anything is owed; PAID_OFF when payments settled it; REFUNDED when a refund did;
 * CHARGED_OFF when end of day wrote it off at the charge-off point (what the customer still owes
 * stays on the installments, and what they pay is a recovery).
 */
public enum PlanStatus {
    ACTIVE,
    PAID_OFF,
    REFUNDED,
    CHARGED_OFF
}
