package com.creditline.events.repayment;

import com.creditline.common.event.IntegrationEvent;

/** A customer paid {@code streak} installments in a row on time. */
public record OnTimeStreakReached(String customerId, int streak) implements IntegrationEvent {

    @Override
    public String aggregateId() {
        return customerId;
    }

    @Override
    public String customerKey() {
        return customerId;
    }
}
