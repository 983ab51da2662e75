package com.creditline.repayment.journal.model;

/** The kinds of account; assets and expenses grow by debits, the others by credits. */
public enum AccountCategory {
    ASSET(Side.DEBIT),
    /** An account that reduces an asset (an allowance for losses): it grows by credits. */
    CONTRA_ASSET(Side.CREDIT),
    LIABILITY(Side.CREDIT),
    EQUITY(Side.CREDIT),
    INCOME(Side.CREDIT),
    EXPENSE(Side.DEBIT);

    private final Side normalSide;

    AccountCategory(Side normalSide) {
        this.normalSide = normalSide;
    }

    /** The side on which the account's balance is positive. */
    public Side normalSide() {
        return normalSide;
    }
}
