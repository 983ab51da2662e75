package com.creditline.checkout.order.model;

import com.creditline.common.error.RuleViolation;
import com.creditline.common.money.Money;

/** The capture is more than the amount still authorised. */
public class CaptureExceedsAuthorisation extends RuleViolation {

    CaptureExceedsAuthorisation(Money remaining) {
        super("The capture is more than the amount still authorised: " + remaining);
    }
}
