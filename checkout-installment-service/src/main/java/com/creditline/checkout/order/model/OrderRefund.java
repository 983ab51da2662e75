package com.creditline.checkout.order.model;

import com.creditline.common.id.OrderId;
import com.creditline.common.id.RefundId;
import com.creditline.common.money.Money;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A refund of captured money, recorded by its id so that a retried refund has no second effect. */
@Entity
@Table(name = "order_refund")
public class OrderRefund {

    /** Text, not {@code RefundId}: JPA maps no {@code @Id} through a converter. */
    @Id
    private RefundId refundId;

    private OrderId orderId;
    private Money amount;
    private Instant refundedAt;

    protected OrderRefund() {}

    public OrderRefund(RefundRequest request, Instant at) {
        this.refundId = request.refundId();
        this.orderId = request.orderId();
        this.amount = request.amount();
        this.refundedAt = at;
    }

    public boolean isSameRequest(RefundRequest request) {
        return orderId.equals(request.orderId()) && amount.equals(request.amount());
    }
}
