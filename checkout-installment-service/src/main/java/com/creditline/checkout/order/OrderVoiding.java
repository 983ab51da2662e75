package com.creditline.checkout.order;

import com.creditline.checkout.order.CreditLineClient.HoldRelease;
import com.creditline.checkout.order.model.FinancedOrder;
import com.creditline.checkout.webhook.model.WebhookEventType;
import com.creditline.common.id.OrderId;
import com.creditline.common.id.PartnerId;
import com.creditline.common.money.Money;
import com.creditline.common.outbox.Outbox;
import com.creditline.events.checkout.CheckoutTopics;
import com.creditline.events.checkout.OrderVoided;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/** Voids an order: releases on the line what it still holds. */
@Service
class OrderVoiding {

    private final FinancedOrders orders;
    private final CreditLineClient creditLine;
    private final Outbox outbox;
    private final PartnerScoping partners;
    private final TransactionTemplate transactions;

    OrderVoiding(
            FinancedOrders orders,
            CreditLineClient creditLine,
            Outbox outbox,
            PartnerScoping partners,
            TransactionTemplate transactions) {
        this.orders = orders;
        this.creditLine = creditLine;
        this.outbox = outbox;
        this.partners = partners;
        this.transactions = transactions;
    }

    /**
     * Releases what the order still holds, with the order locked so that a capture in progress
     * finishes first. Voiding a voided order changes nothing.
     *
     * @param partnerId the partner acting (its own orders only); null for the shop and staff
     */
    FinancedOrder voidOrder(OrderId orderId, PartnerId partnerId) {
        return transactions.execute(tx -> {
            FinancedOrder locked = partners.visible(orders.lock(orderId).orElseThrow(OrderNotFound::new), partnerId);
            if (locked.status() == FinancedOrder.Status.VOIDED) {
                return locked;
            }
            creditLine.releaseHold(new HoldRelease(locked.customerId(), orderId));
            Money freed = locked.voidRemaining();
            outbox.append(
                    CheckoutTopics.ORDERS,
                    new OrderVoided(orderId.value(), locked.customerId().value(), freed));
            partners.orderChanged(locked, WebhookEventType.ORDER_VOIDED);
            return locked;
        });
    }
}
