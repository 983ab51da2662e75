package com.creditline.events.repayment;

import com.creditline.common.event.CustomerEvent;
import com.creditline.common.money.Money;
import java.util.UUID;

/** A payment was booked and allocated; after charge-off it is a recovery. */
public record PaymentReceived(
        String customerId, UUID paymentId, String paymentReference, Money amount, Money overdueAfter)
        implements CustomerEvent {

    @Override
    public String aggregateId() {
        return paymentId.toString();
    }
}
