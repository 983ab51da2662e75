package com.creditline.repayment.plan.model;

import com.creditline.common.money.Money;
import jakarta.persistence.Embeddable;

/** A plan's credit balance: refund money beyond what the plan owed, owed back to the customer. */
@Embeddable
public class CreditBalance {

    private Money creditBalance;

    protected CreditBalance() {}

    static CreditBalance none() {
        CreditBalance balance = new CreditBalance();
        balance.creditBalance = Money.ZERO;
        return balance;
    }

    public Money amount() {
        return creditBalance;
    }

    void add(Money amount) {
        creditBalance = creditBalance.plus(amount);
    }

    /** Takes money off the balance, paid out to the customer or applied to another of their plans. */
    public Posting use(Money amount, LedgerKind use) {
        if (!amount.isPositive() || amount.isGreaterThan(creditBalance)) {
            throw new CreditBalanceTooSmall(amount, creditBalance);
        }
        creditBalance = creditBalance.minus(amount);
        return new Posting(null, use, amount);
    }

    /** A payout failed: the money is owed to the customer again. */
    public Posting restore(Money amount) {
        add(amount);
        return new Posting(null, LedgerKind.CREDIT_BALANCE_RESTORED, amount);
    }
}
