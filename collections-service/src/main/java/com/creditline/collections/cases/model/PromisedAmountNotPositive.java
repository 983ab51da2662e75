package com.creditline.collections.cases.model;

import com.creditline.common.error.RuleViolation;

/** A promise to pay was for nothing. */
public class PromisedAmountNotPositive extends RuleViolation {

    PromisedAmountNotPositive() {
        super("A promise to pay must be for a positive amount.");
    }
}
