package com.creditline.events.credit;

import com.creditline.common.event.CustomerEvent;
import com.creditline.common.money.Money;

/** An account's effective limit changed; the actor and reason are audited. */
public record CreditLimitChanged(String customerId, Money oldLimit, Money newLimit, String actor, String reason)
        implements CustomerEvent {

    @Override
    public String aggregateId() {
        return customerId;
    }
}
