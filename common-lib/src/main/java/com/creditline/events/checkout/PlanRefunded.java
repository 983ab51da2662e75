package com.creditline.events.checkout;

import com.creditline.common.event.CustomerEvent;
import com.creditline.common.money.Money;
import java.time.LocalDate;
import java.util.UUID;

/** Part of a plan's principal was refunded (a return after capture). */
public record PlanRefunded(
        UUID planId, UUID refundId, String orderId, String customerId, Money amount, LocalDate businessDate)
        implements CustomerEvent {

    @Override
    public String aggregateId() {
        return planId.toString();
    }
}
