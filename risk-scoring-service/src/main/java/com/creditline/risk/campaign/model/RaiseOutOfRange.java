package com.creditline.risk.campaign.model;

import com.creditline.common.error.RuleViolation;

/** A campaign's raise is not above zero, or above what a festival raise may be. */
public class RaiseOutOfRange extends RuleViolation {

    public RaiseOutOfRange(String message) {
        super(message);
    }
}
