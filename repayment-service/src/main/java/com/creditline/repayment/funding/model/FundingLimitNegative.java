package com.creditline.repayment.funding.model;

import com.creditline.common.error.RuleViolation;
import com.creditline.common.money.Money;

/** A funder's exposure cap and daily quota are amounts it may fund: zero or more. */
public class FundingLimitNegative extends RuleViolation {

    public FundingLimitNegative(String limit, Money amount) {
        super("A funder's " + limit + " must be 0 or more; got " + amount + " CNY.");
    }
}
