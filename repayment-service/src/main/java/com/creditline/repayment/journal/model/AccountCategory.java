package com.creditline.repayment.journal.model;

/** The five kinds of account; assets and expenses grow by debits, the others by credits. */
public enum AccountCategory {
    ASSET(Side.DEBIT),
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
