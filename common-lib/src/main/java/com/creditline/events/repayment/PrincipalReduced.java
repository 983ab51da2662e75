package com.creditline.events.repayment;

import com.creditline.common.event.CustomerEvent;
import com.creditline.common.money.Money;
import java.util.UUID;

/**
 * A plan's outstanding principal went down; the credit line gets it back. Cause: REPAYMENT, REFUND or
 * CHARGE_OFF. The product is the plan's (SHOPPING, CASH or MERCHANT; SHOPPING in older events), so that
 * the line knows which part of what it lent came back.
 */
public record PrincipalReduced(String customerId, UUID planId, Money amount, String cause, String product)
        implements CustomerEvent {

    public PrincipalReduced {
        product = product == null ? "SHOPPING" : product;
    }

    @Override
    public String aggregateId() {
        return planId.toString();
    }
}
