package com.creditline.checkout.cash.model;

import com.creditline.common.error.RuleViolation;

/** The amount cannot be drawn; the message says what can. */
public class CashAmountRefused extends RuleViolation {

    public CashAmountRefused(String detail) {
        super(detail);
    }
}
