package com.creditline.repayment.journal.model;

import com.creditline.common.money.Money;

/**
 * The chart of accounts (docs/accounting.md). Each account is kept per holder: the platform's own
 * lender today, and each funder once loans are funded jointly.
 */
public enum Account {
    /**
     * The holder's own bank account: money settled in from the clearing account (a funder's principal
     * and yield collected, paid to its settlement account after each end of day), and money paid out
     * of it (each holder's part of a cash draw or merchant loan, disbursed to the borrower).
     */
    SETTLEMENT_BANK("1000", AccountCategory.ASSET),
    /** Customers' payments received, not yet swept to the holders' bank accounts. */
    CASH_CLEARING("1010", AccountCategory.ASSET),
    /** Principal the customers owe. Its control total is the plans' outstanding principal. */
    PRINCIPAL_RECEIVABLE("1100", AccountCategory.ASSET),
    /** Late fees charged and not yet paid. Its control total is the installments' unpaid late fees. */
    LATE_FEE_RECEIVABLE("1120", AccountCategory.ASSET),
    /** Expected losses on the principal receivable, provisioned by delinquency bucket after each end of day. */
    LOAN_LOSS_ALLOWANCE("1190", AccountCategory.CONTRA_ASSET),
    /** What the platform owes merchants for captured orders, less what refunds clawed back. */
    MERCHANT_PAYABLE("2100", AccountCategory.LIABILITY),
    /** Refund money beyond what a plan owed: owed back to the customer. */
    CUSTOMER_CREDIT_BALANCE("2200", AccountCategory.LIABILITY),
    /** Credit balances the customers asked to be paid out, instructed and not yet confirmed by the bank. */
    PAYOUTS_IN_TRANSIT("2300", AccountCategory.LIABILITY),
    /** The risk reserve (风险备用金): a share of fee income set aside to absorb charge-offs. */
    RISK_RESERVE("2400", AccountCategory.LIABILITY),
    /** The balances of a book taken on from elsewhere (a migrated or generated book), when it was. */
    OPENING_BALANCES("3000", AccountCategory.EQUITY),
    /** Service fees and interest, recognised when paid (see docs/accounting.md). */
    FEE_INCOME("4100", AccountCategory.INCOME),
    /** The merchant discount: the share of each financed sale its merchant's rate keeps back, at capture. */
    MERCHANT_DISCOUNT_INCOME("4150", AccountCategory.INCOME),
    /** Late fees, recognised when end of day charges them. */
    LATE_FEE_INCOME("4200", AccountCategory.INCOME),
    /** Money received on loans already charged off: payments and refunds after the write-off. */
    RECOVERY_INCOME("4300", AccountCategory.INCOME),
    /** Principal and late fees written off when loans are charged off. */
    CHARGE_OFF_EXPENSE("5100", AccountCategory.EXPENSE),
    /** Fee income set aside into the risk reserve. */
    RESERVE_CONTRIBUTION_EXPENSE("5200", AccountCategory.EXPENSE),
    /** The change in expected losses: more provision, or less (a release, credited). */
    PROVISION_EXPENSE("5300", AccountCategory.EXPENSE);

    private final String code;
    private final AccountCategory category;

    Account(String code, AccountCategory category) {
        this.code = code;
        this.category = category;
    }

    public String code() {
        return code;
    }

    public AccountCategory category() {
        return category;
    }

    /** The balance of these debits and credits on the account's normal side (positive when it holds value). */
    public Money balance(Money debits, Money credits) {
        return category.normalSide() == Side.DEBIT ? debits.minus(credits) : credits.minus(debits);
    }
}
