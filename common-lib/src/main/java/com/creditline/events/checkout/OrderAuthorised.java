package com.creditline.events.checkout;

import com.creditline.common.event.CustomerEvent;
import com.creditline.common.money.Money;

/** An order's amount is held on the customer's line. */
public record OrderAuthorised(String orderId, String customerId, Money amount) implements CustomerEvent {

    @Override
    public String aggregateId() {
        return orderId;
    }
}
