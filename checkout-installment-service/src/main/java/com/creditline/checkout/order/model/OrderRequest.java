package com.creditline.checkout.order.model;

import com.creditline.common.id.CustomerId;
import com.creditline.common.id.MerchantId;
import com.creditline.common.id.OrderId;
import com.creditline.common.id.PartnerId;
import com.creditline.common.money.Money;
import java.util.Objects;

/**
 * An order to authorise, as its placer asked for it: the same order id again is a replay only
 * with the same customer, amount and merchant.
 *
 * @param partnerId the partner placing the order; null for the first-party shop
 * @param merchantId the merchant selling the goods; null for the platform's own store
 */
public record OrderRequest(
        OrderId orderId, CustomerId customerId, PartnerId partnerId, Money amount, MerchantId merchantId) {

    /** An order of the platform's own store. */
    public OrderRequest(OrderId orderId, CustomerId customerId, PartnerId partnerId, Money amount) {
        this(orderId, customerId, partnerId, amount, null);
    }

    public OrderRequest {
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(amount, "amount");
    }
}
