package com.creditline.checkout.order.model;

import com.creditline.common.error.RuleViolation;

/** The order has nothing left to void in its status. */
public class OrderNotVoidable extends RuleViolation {

    OrderNotVoidable(FinancedOrder.Status status) {
        super("The order has nothing left to void in its status: " + status);
    }
}
