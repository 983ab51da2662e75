package com.creditline.repayment.plan.model;

/** Where an installment stands: not yet due or due today, unpaid after its due date, or settled. */
public enum InstallmentStatus {
    DUE,
    OVERDUE,
    PAID
}
