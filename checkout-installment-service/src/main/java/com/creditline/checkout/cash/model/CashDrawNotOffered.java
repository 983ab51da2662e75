package com.creditline.checkout.cash.model;

import com.creditline.common.error.RuleViolation;

/** The cash plan asked for is not on offer (count, method, grade or APR above the cap); the message says why. */
public class CashDrawNotOffered extends RuleViolation {

    public CashDrawNotOffered(String detail) {
        super(detail);
    }
}
