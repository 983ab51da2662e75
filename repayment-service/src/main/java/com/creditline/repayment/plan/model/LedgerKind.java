package com.creditline.repayment.plan.model;

/** What a ledger entry records. Amounts are always positive; the kind says which way they went. */
public enum LedgerKind {
    /** The plan started with its financed principal. */
    PLAN_CREATED,
    /** Payment money settled a late fee. */
    PAYMENT_LATE_FEE,
    /** Payment money settled a service fee or interest. */
    PAYMENT_FEE,
    /** Payment money repaid principal (due or prepaid). */
    PAYMENT_PRINCIPAL,
    /** A fee no longer owed because its principal was prepaid or the plan was paid off early. */
    FEE_WAIVED,
    /** A refund reduced principal. */
    REFUND_PRINCIPAL,
    /** A refund shrank the fee of a period not yet started, pro rata to its principal. */
    REFUND_FEE_REDUCTION,
    /** Refund money left over after all principal settled a late fee. */
    REFUND_LATE_FEE,
    /** Refund money left over after all principal settled a fee of a started period. */
    REFUND_FEE,
    /** Refund money left over after everything owed: owed to the customer. */
    CREDIT_BALANCE,
    /** End of day charged one day's late fee on an overdue installment. */
    LATE_FEE_CHARGED
}
