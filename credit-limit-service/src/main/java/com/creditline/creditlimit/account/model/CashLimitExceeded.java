package com.creditline.creditlimit.account.model;

import com.creditline.common.error.RuleViolation;
import com.creditline.common.money.Money;

/** A cash draw is more than the line has available for cash. */
public class CashLimitExceeded extends RuleViolation {

    CashLimitExceeded(Money cashAvailable) {
        super("The amount is more than the " + cashAvailable + " CNY the credit line has available for cash.");
    }
}
