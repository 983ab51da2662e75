package com.creditline.repayment.plan.model;

import com.creditline.common.error.RuleViolation;
import com.creditline.common.money.Money;

/** More was asked of a plan's credit balance than it holds (or nothing was asked). */
public class CreditBalanceTooSmall extends RuleViolation {

    public CreditBalanceTooSmall(Money asked, Money balance) {
        super("The plan's credit balance is " + balance + " CNY; " + asked + " CNY cannot be taken from it.");
    }
}
