package com.creditline.checkout.cash.model;

import com.creditline.checkout.pricing.PricingMethod;
import com.creditline.common.id.CustomerId;
import com.creditline.common.money.Money;
import java.util.Objects;

/**
 * A draw as the customer asked for it, under the caller's Idempotency-Key: the same key again is a
 * replay only with the same request.
 */
public record CashDrawRequest(
        String idempotencyKey,
        CustomerId customerId,
        Money amount,
        int installmentCount,
        PricingMethod method,
        BankAccountId bankAccountId) {

    public CashDrawRequest {
        Objects.requireNonNull(idempotencyKey, "idempotencyKey");
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(bankAccountId, "bankAccountId");
    }
}
