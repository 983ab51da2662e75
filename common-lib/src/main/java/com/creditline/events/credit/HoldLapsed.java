package com.creditline.events.credit;

import com.creditline.common.event.IntegrationEvent;
import com.creditline.common.money.Money;

/** A hold was not captured within its lifetime and was released. */
public record HoldLapsed(String customerId, String orderId, Money released) implements IntegrationEvent {

    @Override
    public String aggregateId() {
        return orderId;
    }

    @Override
    public String customerKey() {
        return customerId;
    }
}
