package com.creditline.checkout.order.model;

import com.creditline.common.error.RuleViolation;
import com.creditline.common.money.Money;

/** The refund is more than the captured amount not yet refunded. */
public class RefundExceedsCaptured extends RuleViolation {

    RefundExceedsCaptured(Money refundable) {
        super("The refund is more than the captured amount not yet refunded: " + refundable);
    }
}
