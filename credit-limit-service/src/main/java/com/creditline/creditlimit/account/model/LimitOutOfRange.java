package com.creditline.creditlimit.account.model;

import com.creditline.common.error.RuleViolation;
import com.creditline.common.money.Money;

/** A limit must lie between 500 and 200,000 yuan. */
public class LimitOutOfRange extends RuleViolation {

    LimitOutOfRange(Money limit) {
        super("A limit lies between 500.00 and 200000.00 CNY; " + limit + " does not.");
    }
}
