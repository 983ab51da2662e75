package com.creditline.checkout.order.model;

import com.creditline.common.id.OrderId;
import com.creditline.common.id.RefundId;
import com.creditline.common.money.Money;
import java.util.Objects;

/** A refund of captured money; the same refund id again is a replay only for the same order and amount. */
public record RefundRequest(OrderId orderId, RefundId refundId, Money amount) {

    public RefundRequest {
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(refundId, "refundId");
        Objects.requireNonNull(amount, "amount");
    }
}
