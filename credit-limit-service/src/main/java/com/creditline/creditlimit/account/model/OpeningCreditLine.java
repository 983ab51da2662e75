package com.creditline.creditlimit.account.model;

import com.creditline.common.id.CustomerId;
import com.creditline.common.money.Money;

/**
 * An approved borrower gets a line: the limit, grade and pricing tier risk scoring recommended, of
 * its kind (a customer's CONSUMER line, a merchant's MERCHANT line).
 */
public record OpeningCreditLine(
        CustomerId customerId,
        Money limit,
        String grade,
        String pricingTier,
        String actor,
        String reason,
        LineKind kind) {

    /** A customer's consumer line. */
    public OpeningCreditLine(
            CustomerId customerId, Money limit, String grade, String pricingTier, String actor, String reason) {
        this(customerId, limit, grade, pricingTier, actor, reason, LineKind.CONSUMER);
    }
}
