package com.creditline.checkout.order.model;

import com.creditline.common.error.RuleViolation;

/** The order cannot be captured in its status. */
public class OrderNotCapturable extends RuleViolation {

    OrderNotCapturable(FinancedOrder.Status status) {
        super("The order cannot be captured in its status: " + status);
    }
}
