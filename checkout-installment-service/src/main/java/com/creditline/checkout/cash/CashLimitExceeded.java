package com.creditline.checkout.cash;

import com.creditline.common.error.RuleViolation;

/** The draw is more than the line's cash sub-limit has available. */
class CashLimitExceeded extends RuleViolation {

    CashLimitExceeded() {
        super("The draw is more than the line's cash sub-limit has available.");
    }
}
