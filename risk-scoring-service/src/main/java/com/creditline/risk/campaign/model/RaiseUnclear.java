package com.creditline.risk.campaign.model;

import com.creditline.common.error.RuleViolation;

/** A campaign gave both a percentage and an amount to raise by, or neither. */
public class RaiseUnclear extends RuleViolation {

    public RaiseUnclear() {
        super("A campaign raises lines by a percentage of the limit or by a fixed amount: exactly one of the two.");
    }
}
