package com.creditline.creditlimit.account.model;

import com.creditline.common.error.RuleViolation;
import com.creditline.common.money.Money;

/** A capture may take at most what the hold still holds. */
public class CaptureExceedsHold extends RuleViolation {

    CaptureExceedsHold(Money remaining) {
        super("The capture is more than the " + remaining + " CNY still held for this order.");
    }
}
