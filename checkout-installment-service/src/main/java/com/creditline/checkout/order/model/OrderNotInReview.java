package com.creditline.checkout.order.model;

import com.creditline.common.error.RuleViolation;

/** Only an order in review can be approved. */
public class OrderNotInReview extends RuleViolation {

    OrderNotInReview(FinancedOrder.Status status) {
        super("The order is not waiting for review; its status is " + status);
    }
}
