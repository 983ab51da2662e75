package com.creditline.checkout.cash.model;

import com.creditline.common.error.RuleViolation;

/** The share of daily sales asked to be swept to a merchant loan is not on offer; the message says what is. */
public class SweepShareNotOffered extends RuleViolation {

    public SweepShareNotOffered(String detail) {
        super(detail);
    }
}
