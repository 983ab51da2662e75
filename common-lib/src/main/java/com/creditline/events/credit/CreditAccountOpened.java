package com.creditline.events.credit;

import com.creditline.common.event.IntegrationEvent;
import com.creditline.common.money.Money;

/** A credit account was opened with its first limit. */
public record CreditAccountOpened(String customerId, Money limit, String grade, String pricingTier)
        implements IntegrationEvent {

    @Override
    public String aggregateId() {
        return customerId;
    }

    @Override
    public String customerKey() {
        return customerId;
    }
}
