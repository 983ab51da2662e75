package com.creditline.events.credit;

import com.creditline.common.event.CustomerEvent;

/** An account's status changed (ACTIVE, FROZEN, DELINQUENT, CLOSED). */
public record CreditAccountStatusChanged(
        String customerId, String oldStatus, String newStatus, String actor, String reason) implements CustomerEvent {

    @Override
    public String aggregateId() {
        return customerId;
    }
}
