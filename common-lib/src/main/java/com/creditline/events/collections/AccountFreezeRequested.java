package com.creditline.events.collections;

import com.creditline.common.event.CustomerEvent;

/** A customer reached 90 days past due; the line must be frozen. */
public record AccountFreezeRequested(String customerId, int daysPastDue) implements CustomerEvent {

    @Override
    public String aggregateId() {
        return customerId;
    }
}
