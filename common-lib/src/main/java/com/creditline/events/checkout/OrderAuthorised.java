package com.creditline.events.checkout;

import com.creditline.common.event.IntegrationEvent;
import com.creditline.common.money.Money;

/** An order's amount is held on the customer's line. */
public record OrderAuthorised(String orderId, String customerId, Money amount) implements IntegrationEvent {

    @Override
    public String aggregateId() {
        return orderId;
    }

    @Override
    public String customerKey() {
        return customerId;
    }
}
