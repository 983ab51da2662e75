package com.creditline.events.checkout;

import com.creditline.common.event.CustomerEvent;
import com.creditline.common.money.Money;

/** What was still held for an order was released. */
public record OrderVoided(String orderId, String customerId, Money released) implements CustomerEvent {

    @Override
    public String aggregateId() {
        return orderId;
    }
}
