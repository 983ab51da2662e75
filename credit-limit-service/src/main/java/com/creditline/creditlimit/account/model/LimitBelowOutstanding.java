package com.creditline.creditlimit.account.model;

import com.creditline.common.error.RuleViolation;
import com.creditline.common.money.Money;

/** A limit may not be set below the principal already owed. */
public class LimitBelowOutstanding extends RuleViolation {

    LimitBelowOutstanding(Money outstanding) {
        super("The limit cannot be set below the outstanding principal of " + outstanding + " CNY.");
    }
}
