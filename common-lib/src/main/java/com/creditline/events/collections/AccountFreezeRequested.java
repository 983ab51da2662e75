package com.creditline.events.collections;

import com.creditline.common.event.IntegrationEvent;

/** A customer reached 90 days past due; the line must be frozen. */
public record AccountFreezeRequested(String customerId, int daysPastDue) implements IntegrationEvent {

    @Override
    public String aggregateId() {
        return customerId;
    }

    @Override
    public String customerKey() {
        return customerId;
    }
}
