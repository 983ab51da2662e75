package com.creditline.creditlimit.account.model;

import com.creditline.common.error.RuleViolation;

/** The amount is more than the credit line has available. */
public class CreditLimitExceeded extends RuleViolation {

    CreditLimitExceeded() {
        super("The amount is more than the credit line has available.");
    }
}
