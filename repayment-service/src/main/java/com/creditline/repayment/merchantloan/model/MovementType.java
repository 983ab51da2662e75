package com.creditline.repayment.merchantloan.model;

/** What a movement on a merchant's loan was, as its statement names it. */
public enum MovementType {
    /** The loan's principal paid out to the merchant. */
    DISBURSEMENT,
    /** A share of a day's sales swept to the loan (its sales date says which day). */
    SALES_SWEEP,
    /** Any other payment (the merchant's own, a credit balance applied). */
    PAYMENT,
    /** End of day charged a late fee on an overdue installment. */
    LATE_FEE_CHARGED,
    /** A refund on the loan. */
    REFUND,
    /** The loan was charged off: its principal and late fees written off. */
    CHARGE_OFF,
    /** Anything else booked on the loan (a credit balance paid out or restored). */
    OTHER
}
