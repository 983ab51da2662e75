package com.creditline.checkout.order.model;

import com.creditline.checkout.pricing.PricingMethod;
import com.creditline.common.id.CaptureId;
import com.creditline.common.id.OrderId;
import com.creditline.common.money.Money;
import java.util.Objects;

/** A capture of part of an order into one plan, priced by {@code method} over {@code installmentCount}. */
public record CaptureRequest(
        OrderId orderId,
        CaptureId captureId,
        Money amount,
        PricingMethod method,
        int installmentCount,
        boolean merchantSubsidised) {

    public CaptureRequest {
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(captureId, "captureId");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(method, "method");
    }
}
