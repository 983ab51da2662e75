package com.creditline.checkout.pricing;

import com.creditline.common.error.RuleViolation;

/** The plan asked for is not on offer for that amount and grade; the message says why. */
public class PlanNotOffered extends RuleViolation {

    PlanNotOffered(String reason) {
        super(reason);
    }
}
