package com.creditline.checkout.cash;

import com.creditline.common.error.RuleViolation;

/** The credit line refused to hold the draw: its limit, or a line that is not active; the detail says which. */
class CashHoldRefused extends RuleViolation {

    CashHoldRefused(String refusal) {
        super("The credit line refused to hold the draw: " + refusal + ".");
    }
}
