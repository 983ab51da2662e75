package com.creditline.repayment.plan.model;

/** ACTIVE while anything is owed; PAID_OFF when payments settled it; REFUNDED when a refund did. */
public enum PlanStatus {
    ACTIVE,
    PAID_OFF,
    REFUNDED
}
