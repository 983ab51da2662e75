package com.creditline.events.checkout;

import com.creditline.common.event.CustomerEvent;
import com.creditline.common.money.Money;
import java.util.List;

/**
 * The fraud check declined an authorisation. The customer's line must be frozen until an officer
 * looks at it (docs/fraud.md); the reasons are the rules that fired, such as {@code BLOCKED_DEVICE}.
 */
public record OrderDeclinedForFraud(String orderId, String customerId, Money amount, List<String> reasons)
        implements CustomerEvent {

    public OrderDeclinedForFraud {
        reasons = List.copyOf(reasons);
    }

    @Override
    public String aggregateId() {
        return orderId;
    }
}
