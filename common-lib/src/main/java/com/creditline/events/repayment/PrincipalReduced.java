package com.creditline.events.repayment;

import com.creditline.common.event.CustomerEvent;
import com.creditline.common.money.Money;
import java.util.UUID;

/** A plan's outstanding principal went down; the credit line gets it back. Cause: REPAYMENT, REFUND or CHARGE_OFF. */
public record PrincipalReduced(String customerId, UUID planId, Money amount, String cause) implements CustomerEvent {

    @Override
    public String aggregateId() {
        return planId.toString();
    }
}
