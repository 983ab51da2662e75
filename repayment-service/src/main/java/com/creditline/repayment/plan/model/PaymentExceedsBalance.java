package com.creditline.repayment.plan.model;

import com.creditline.common.error.RuleViolation;
import com.creditline.common.money.Money;

/** A payment larger than everything the plan owes today (its payoff amount); no credit is kept. */
public class PaymentExceedsBalance extends RuleViolation {

    public PaymentExceedsBalance(Money amount, Money owed) {
        super("The payment of " + amount + " CNY exceeds the " + owed + " CNY the plan owes today.");
    }
}
