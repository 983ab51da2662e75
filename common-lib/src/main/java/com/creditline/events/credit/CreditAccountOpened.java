package com.creditline.events.credit;

import com.creditline.common.event.CustomerEvent;
import com.creditline.common.money.Money;

/** A credit account was opened with its first limit. */
public record CreditAccountOpened(String customerId, Money limit, String grade, String pricingTier)
        implements CustomerEvent {

    @Override
    public String aggregateId() {
        return customerId;
    }
}
