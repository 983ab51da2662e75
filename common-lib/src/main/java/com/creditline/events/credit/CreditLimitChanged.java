package com.creditline.events.credit;

import com.creditline.common.event.IntegrationEvent;
import com.creditline.common.money.Money;

/** An account's effective limit changed; the actor and reason are audited. */
public record CreditLimitChanged(String customerId, Money oldLimit, Money newLimit, String actor, String reason)
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
