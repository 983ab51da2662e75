package com.creditline.creditlimit.account.model;

import com.creditline.common.id.CustomerId;
import com.creditline.common.id.OrderId;
import com.creditline.common.money.Money;

/**
 * Checkout asks to hold an order's amount (or a cash draw's) on its customer's line; a purchase
 * unless it says otherwise.
 */
public record PlacingHold(CustomerId customerId, OrderId orderId, Money amount, Hold.Purpose purpose) {

    public PlacingHold {
        purpose = purpose == null ? Hold.Purpose.PURCHASE : purpose;
    }

    public PlacingHold(CustomerId customerId, OrderId orderId, Money amount) {
        this(customerId, orderId, amount, Hold.Purpose.PURCHASE);
    }
}
