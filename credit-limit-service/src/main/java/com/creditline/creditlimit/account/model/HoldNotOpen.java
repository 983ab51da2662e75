package com.creditline.creditlimit.account.model;

import com.creditline.common.error.RuleViolation;

/** A hold that is closed or lapsed can no longer be captured or released. */
public class HoldNotOpen extends RuleViolation {

    HoldNotOpen(Hold.Status status) {
        super("The hold is " + status + " and can no longer be captured or released.");
    }
}
