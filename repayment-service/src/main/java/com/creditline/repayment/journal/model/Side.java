package com.creditline.repayment.journal.model;

/** Which side of an account a line goes to. */
public enum Side {
    DEBIT,
    CREDIT
}
