package com.creditline.events.repayment;

import com.creditline.common.event.CustomerEvent;

/** A customer paid {@code streak} installments in a row on time. */
public record OnTimeStreakReached(String customerId, int streak) implements CustomerEvent {

    @Override
    public String aggregateId() {
        return customerId;
    }
}
