package com.creditline.events.credit;

import com.creditline.common.event.CustomerEvent;
import com.creditline.common.money.Money;

/** A hold was not captured within its lifetime and was released. */
public record HoldLapsed(String customerId, String orderId, Money released) implements CustomerEvent {

    @Override
    public String aggregateId() {
        return orderId;
    }
}
