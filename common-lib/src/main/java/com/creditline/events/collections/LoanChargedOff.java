package com.creditline.events.collections;

import com.creditline.common.event.CustomerEvent;
import com.creditline.common.money.Money;

/** A customer reached 180 days past due; the outstanding balance is charged off. */
public record LoanChargedOff(String customerId, Money chargedOff, int daysPastDue) implements CustomerEvent {

    @Override
    public String aggregateId() {
        return customerId;
    }
}
