package com.creditline.checkout.order.model;

import com.creditline.common.money.Money;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A refund of captured money, recorded by its id so that a retried refund has no second effect. */
@Entity
@Table(name = "order_refund")
public class OrderRefund {

    @Id
    private String refundId;

    private String orderId;
    private Money amount;
    private Instant refundedAt;

    protected OrderRefund() {}

    public OrderRefund(String refundId, String orderId, Money amount, Instant at) {
        this.refundId = refundId;
        this.orderId = orderId;
        this.amount = amount;
        this.refundedAt = at;
    }

    public boolean isSameRequest(String orderId, Money amount) {
        return this.orderId.equals(orderId) && this.amount.equals(amount);
    }
}
