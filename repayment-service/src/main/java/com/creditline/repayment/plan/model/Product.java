package com.creditline.repayment.plan.model;

/**
 * What a plan lends for (PlanCreated's {@code product}): an order's goods at checkout, a cash draw
 * paid to the customer's bank account, or a merchant loan paid to the merchant's. Shopping plans
 * charge each period's fee whole once the period has started; cash draws and merchant loans accrue
 * their interest by the day ({@link InterestAccrual}), and their principal left the lender's bank
 * account at opening instead of being owed to a merchant.
 */
public enum Product {
    SHOPPING,
    CASH,
    MERCHANT;

    /** Whether paying early costs the current period's interest only for the days used. */
    public boolean interestByTheDay() {
        return this != SHOPPING;
    }

    /** How the plan's opening is booked: owed to the merchant, or paid out of the holders' bank accounts. */
    public LedgerKind opening() {
        return this == SHOPPING ? LedgerKind.PLAN_CREATED : LedgerKind.PLAN_DISBURSED;
    }
}
